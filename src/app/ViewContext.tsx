/**
 * What every component of an open release needs: the release index, the URL state, the
 * interface strings, and what follows from them. Derived values are computed here once.
 */
import { createContext, useContext } from 'react';
import type { Messages } from '../i18n/messages.ts';
import type { ReleaseIndex } from '../model/view.ts';
import type { Selection, ViewState } from '../state/url.ts';
import type { Visible } from '../state/selection.ts';

export interface View {
  index: ReleaseIndex;
  state: ViewState;
  t: Messages;
  visible: Visible;
  /** "who, from, to, date, mode" of every journey, in the interface language. */
  journeyLabels: Map<string, string>;
  /** Keys (`kind:id`) of the selection and what belongs to it. */
  related: Set<string>;
  /** Key of the item under the pointer or focus, in the text or on the map. */
  hovered: string | null;
  /** Keys of what belongs to the hovered item. */
  hoverRelated: Set<string>;
  setHovered: (key: string | null) => void;
  /** Keys of what the sentence under the pointer or focus mentions (see state/reading). */
  reading: Set<string>;
  setReading: (keys: Set<string>) => void;
  /** In "Follow the text" mode, keys of what the paragraph being read mentions; the map fits them. */
  followed: Set<string>;
  setFollowed: (keys: Set<string>) => void;
  select: (selection: Selection | null) => void;
  update: (patch: Partial<ViewState>) => void;
}

export const ViewContext = createContext<View | null>(null);

export function useView(): View {
  const view = useContext(ViewContext);
  if (!view) throw new Error('useView must be used inside a ViewContext provider');
  return view;
}
