import {
  cloneElement,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type PointerEvent,
  type ReactElement,
  type Ref,
} from 'react';
import { Tooltip, type TooltipProps } from '@mantine/core';

type TargetProps = {
  ref?: Ref<HTMLElement>;
  'aria-describedby'?: string;
  onPointerEnter?: (event: PointerEvent) => void;
  onPointerLeave?: (event: PointerEvent) => void;
  onFocus?: (event: FocusEvent) => void;
  onBlur?: (event: FocusEvent) => void;
};

interface RowTooltipProps extends Omit<
  TooltipProps,
  'opened' | 'children' | 'events' | 'target' | 'id'
> {
  /** One element that takes a ref and pointer and focus handlers: a badge, a link. */
  children: ReactElement<TargetProps>;
}

/**
 * A tooltip for elements repeated in every row of a table: shown on hover and on keyboard
 * focus, like Mantine's, but the tooltip (its positioning engine and its listeners) exists
 * only once the operator first points at or focuses the element. A page of rows then renders
 * plain badges, and a search that swaps the rows sets up no tooltips. The element itself is
 * never re-created, so it keeps the focus it has; it is described by the label at all times.
 */
export function RowTooltip({ children, ...tooltip }: RowTooltipProps) {
  const id = useId();
  const targetRef = useRef<HTMLElement>(null);
  const [wanted, setWanted] = useState(false);
  const [opened, setOpened] = useState(false);
  const show = () => {
    setWanted(true);
    setOpened(true);
  };
  const hide = () => setOpened(false);
  return (
    <>
      {cloneElement(children, {
        ref: targetRef,
        'aria-describedby': id,
        onPointerEnter: show,
        onPointerLeave: hide,
        onFocus: show,
        onBlur: hide,
      })}
      {/* What a screen reader reads with the element, hover or not. */}
      <span id={id} hidden>
        {tooltip.label}
      </span>
      {wanted && <Tooltip {...tooltip} target={targetRef} opened={opened} />}
    </>
  );
}
