import type { Ref, TextareaHTMLAttributes } from 'react';
import { FieldFrame, type FieldFrameProps, splitFrameProps } from './FieldFrame';

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'children'>;

interface TextAreaFieldProps extends AreaProps, FieldFrameProps {
  value: string;
  onValueChange(value: string): void;
  areaRef?: Ref<HTMLTextAreaElement>;
  areaClassName?: string;
}

/** A text area in the field frame; other attributes (rows, autoComplete…) go to the text area itself. */
export function TextAreaField(props: TextAreaFieldProps) {
  const [frame, { value, onValueChange, areaRef, areaClassName, ...area }] = splitFrameProps(props);
  return (
    <FieldFrame
      {...frame}
      control={(aria) => (
        <textarea
          {...area}
          id={frame.id}
          ref={areaRef}
          className={areaClassName ? `field__input ${areaClassName}` : 'field__input'}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          {...aria}
        />
      )}
    />
  );
}
