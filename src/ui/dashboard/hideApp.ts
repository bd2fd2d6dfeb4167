import type { ViewState } from '../../state/viewState';

/** The change that hides an app everywhere; nothing when it is the last one shown. */
export function hideApp(view: ViewState, app: string): Partial<ViewState> {
  const shown = view.apps.filter((a) => !view.hidden.includes(a));
  return shown.length > 1 && shown.includes(app) ? { hidden: [...view.hidden, app] } : {};
}
