/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 *
 * Generated from src/api/iam.openapi.yaml by `npm run generate` (src/api/tools/generate.ts).
 * Change the OpenAPI document and regenerate; `npm run generate:check` fails on drift.
 */

export interface paths {
  '/v3/auth/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Obtain a user token with a password
     * @description Reference section 2.1. `scope` sets where the token works: a project (by name, which
     *     is the region name for a region's default project) or the whole account (domain).
     */
    post: operations['createUserToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    NamedRef: {
      name?: string;
      id?: string;
    };
    CreateUserTokenRequest: {
      auth: {
        identity: {
          methods: 'password'[];
          password: {
            user: {
              name: string;
              password: string;
              domain: {
                name: string;
              };
            };
          };
        };
        scope?: {
          project?: components['schemas']['NamedRef'];
          domain?: components['schemas']['NamedRef'];
        };
      };
    };
    CreateUserTokenResponse: {
      token?: {
        /** @description When the token stops working (RFC 3339). */
        expires_at?: string;
        issued_at?: string;
        methods?: string[];
        user?: {
          name?: string;
          id?: string;
          domain?: components['schemas']['NamedRef'];
        };
        project?: components['schemas']['NamedRef'];
        domain?: components['schemas']['NamedRef'];
      };
    };
    IamErrorResponse: {
      error_code?: string;
      error_msg?: string;
      error?: {
        code?: string | number;
        message?: string;
        title?: string;
      };
    };
  };
  responses: {
    /**
     * @description IAM errors come in two shapes: Huawei's `{error_code, error_msg}` and Keystone's
     *     `{error: {code, message, title}}`; both are declared.
     */
    IamError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['IamErrorResponse'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  createUserToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "auth": {
         *         "identity": {
         *           "methods": [
         *             "password"
         *           ],
         *           "password": {
         *             "user": {
         *               "name": "username",
         *               "password": "********",
         *               "domain": {
         *                 "name": "domainname"
         *               }
         *             }
         *           }
         *         },
         *         "scope": {
         *           "project": {
         *             "name": "cn-north-4"
         *           }
         *         }
         *       }
         *     }
         */
        'application/json': components['schemas']['CreateUserTokenRequest'];
      };
    };
    responses: {
      /** @description The token was issued; it is the value of the `X-Subject-Token` header. */
      201: {
        headers: {
          /** @description The user token. */
          'X-Subject-Token'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateUserTokenResponse'];
        };
      };
      400: components['responses']['IamError'];
      401: components['responses']['IamError'];
      403: components['responses']['IamError'];
      429: components['responses']['IamError'];
    };
  };
}
