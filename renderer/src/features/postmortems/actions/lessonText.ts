import type { ActionItem } from '../../../../../shared/domain/postmortems/actionItems';
import type { Lesson } from '../../../../../shared/domain/postmortems/postmortem';

/**
 * The lesson an item acts on, as the SOP and risk pages show it: the text of the postmortem's
 * lesson the item names, or the item's description when it names none (or that lesson is gone);
 * '' when neither says anything.
 */
export function lessonTextOf(
  item: Pick<ActionItem, 'lessonId' | 'description'>,
  postmortem: { content: { lessons: readonly Lesson[] } } | undefined,
): string {
  const lesson =
    item.lessonId === null
      ? undefined
      : postmortem?.content.lessons.find(({ id }) => id === item.lessonId);
  return (lesson?.text ?? item.description).trim();
}
