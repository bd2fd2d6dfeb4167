import firstViewAnswersUrl from 'virtual:first-view-answers';
import { decodeEarlyAnswers, type EarlyAnswers } from './earlyAnswers';
import { fetchUnpacked } from './fetchUnpacked';

/** The answers of the default view's first reads, built with the site from its bundled tables. */
export async function fetchFirstViewAnswers(): Promise<EarlyAnswers> {
  return decodeEarlyAnswers(await fetchUnpacked(firstViewAnswersUrl, 'the first view'));
}
