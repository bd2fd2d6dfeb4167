import type { ViewState } from '../../state/viewState';

/** The view as the panels read it: its range resolved, and the apps not hidden. */
export interface PanelView extends ViewState {
  readonly visibleApps: readonly string[];
}

export interface PanelProps {
  readonly view: PanelView;
  readonly range: { readonly from: string; readonly to: string };
  /** Changes whenever the data changes. */
  readonly version: number;
}
