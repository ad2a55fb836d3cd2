import { useView } from '../app/ViewContext.tsx';
import { meetingMark } from '../model/basis.ts';
import { shortWhen, whenText } from './labels.ts';
import { meetingsByDate } from '../model/view.ts';
import { Timeline } from './Timeline.tsx';

/** The meetings of the release by date; stepping through them sets the meeting filter. */
export function MeetingTimeline() {
  const { index, state, t, update } = useView();
  const lang = state.lang;
  return (
    <Timeline
      label={t.timeline}
      allLabel={t.allMeetings}
      previousLabel={t.previous}
      nextLabel={t.next}
      items={meetingsByDate(index, lang).map((m) => ({
        value: m.id,
        label: shortWhen(m.date, meetingMark(m, 'date'), lang),
        title: m.shortTitle[lang],
        detail: `${m.title[lang]}, ${whenText(m.date, meetingMark(m, 'date'), lang, t)} (${t[m.status]})`,
      }))}
      selected={state.meeting}
      onSelect={(meeting) => update({ meeting, selected: null })}
    />
  );
}
