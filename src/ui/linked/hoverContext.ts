import { createContext, useContext } from 'react';

export interface SharedHover {
  /** The day hovered on any time chart, shown on all of them. */
  readonly date: Date | null;
  readonly setDate: (date: Date | null) => void;
}

export const HoverContext = createContext<SharedHover>({ date: null, setDate: () => {} });

export const useSharedHover = () => useContext(HoverContext);
