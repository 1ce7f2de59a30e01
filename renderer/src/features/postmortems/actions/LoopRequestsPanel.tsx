import { useId } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { ActionItem } from '../../../../../shared/domain/postmortems/actionItems';
import { usePostmortems } from '../usePostmortemData';
import { lessonTextOf } from './lessonText';

/** Props of {@link LoopRequestsPanel}. */
export type LoopRequestsPanelProps = {
  /** The open requests to list, already chosen for the SOP or risk the page shows. */
  requests: readonly ActionItem[];
  heading: string;
  /** Says what completes the requests, under the list. */
  note: string;
  /** The request line(s) of one item, given its postmortem's reference ('' when unknown). */
  renderRequest: (item: ActionItem, reference: string) => ReactNode;
  /** "Lesson: …" for an item's lesson text. */
  lessonText: (lesson: string) => string;
  /** The name of the link back to the postmortem with this reference. */
  openPostmortemText: (reference: string) => string;
  /** Anything the page adds under the note (the SOP page's "Edit draft"). */
  footer?: ReactNode;
};

/**
 * The panel an SOP's or a risk's page shows for the open requests postmortem action items made of
 * it: each request with its lesson and a link back to its postmortem, then what completes them.
 * Shared so both pages list requests alike. Renders nothing when there are none.
 */
export function LoopRequestsPanel({
  requests,
  heading,
  note,
  renderRequest,
  lessonText,
  openPostmortemText,
  footer,
}: LoopRequestsPanelProps) {
  const headingId = useId();
  const postmortems = usePostmortems();
  if (requests.length === 0 || postmortems === undefined) return null;

  const postmortemsById = new Map(postmortems.map((postmortem) => [postmortem.id, postmortem]));
  return (
    <section className="panel loop-requests" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul className="loop-requests__list">
        {requests.map((item) => {
          const postmortem = postmortemsById.get(item.postmortemId);
          const reference = postmortem?.reference ?? '';
          const lesson = lessonTextOf(item, postmortem);
          return (
            <li key={item.id} className="loop-requests__item">
              {renderRequest(item, reference)}
              {lesson !== '' && <p className="loop-requests__lesson">{lessonText(lesson)}</p>}
              {postmortem !== undefined && (
                <p>
                  <Link href={`~/postmortems/${encodeURIComponent(postmortem.id)}`}>
                    {openPostmortemText(reference)}
                  </Link>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p className="loop-requests__note">{note}</p>
      {footer}
    </section>
  );
}
