import { FormControl, InputLabel, MenuItem, Select } from '@material-ui/core';
import { useId } from 'react';

export interface FilterSelectProps {
  readonly label: string;
  readonly value: string;
  /** The choices; the empty string is added first as "All". */
  readonly options: readonly string[];
  readonly onChange: (value: string) => void;
  /** Text of the empty choice; null for no empty choice. @default All */
  readonly allLabel?: string | null;
}

/** A labelled select for one filter; the empty value means "no filter". */
export function FilterSelect(props: FilterSelectProps) {
  const { label, value, options, onChange, allLabel = 'All' } = props;
  const id = useId();
  return (
    <FormControl variant="outlined" size="small" style={{ minWidth: 180, marginRight: 16 }}>
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select
        labelId={`${id}-label`}
        id={id}
        value={value}
        label={label}
        onChange={(event) => onChange(String(event.target.value))}
      >
        {allLabel === null ? null : <MenuItem value="">{allLabel}</MenuItem>}
        {options.map((option) => (
          <MenuItem key={option} value={option}>
            {option.replace(/_/g, ' ')}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
