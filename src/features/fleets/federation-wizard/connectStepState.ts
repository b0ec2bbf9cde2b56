/** What the connect step's two sections share. */
export interface ConnectStepState {
  fleetId: string;
  /** One of the step's requests runs: the other buttons wait for it. */
  busy: boolean;
  /** The chosen validity, or null while it is not a valid number of days. */
  days: number | null;
  /** Saves a kubeconfig the API returned as the download file. */
  save: (value: unknown) => void;
}
