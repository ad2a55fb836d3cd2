import { useId } from 'react';
import { useView } from '../app/ViewContext.tsx';
import { meetingMark } from '../model/basis.ts';
import { shortWhen } from './labels.ts';
import { meetingsByDate, placeName, required } from '../model/view.ts';

/** Narrows map, journey list and text to one meeting; a native select, so keyboards just work. */
export function MeetingFilter() {
  const { index, state, t, update } = useView();
  const id = useId();
  const lang = state.lang;
  return (
    <div className="filter filter--meeting">
      <label className="control-label" htmlFor={id}>
        {t.meeting}
      </label>
      <select
        id={id}
        value={state.meeting ?? ''}
        onChange={(event) => update({ meeting: event.target.value || null, selected: null })}
      >
        <option value="">{t.allMeetings}</option>
        {meetingsByDate(index, lang).map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {`${shortWhen(meeting.date, meetingMark(meeting, 'date'), lang)} · ${placeName(required(index.places, meeting.place, 'place'), lang)} · ${meeting.shortTitle[lang]}`}
          </option>
        ))}
      </select>
    </div>
  );
}
