// Which component shows which screen. To add a screen: write it in this folder, name it in
// lib/router.svelte.ts (Screen and SCREEN_TITLES) and map it here.
import type { Component } from "svelte";
import type { Session } from "../lib/bindings";
import type { GlobalScreen, SessionScreen } from "../lib/router.svelte";
import AgendaScreen from "./AgendaScreen.svelte";
import DocumentsScreen from "./DocumentsScreen.svelte";
import KeyIssuesScreen from "./KeyIssuesScreen.svelte";
import MandatesScreen from "./MandatesScreen.svelte";
import DelegationsScreen from "./DelegationsScreen.svelte";
import NotesScreen from "./NotesScreen.svelte";
import OrganisationsScreen from "./OrganisationsScreen.svelte";
import OverviewScreen from "./OverviewScreen.svelte";
import ProgrammeScreen from "./ProgrammeScreen.svelte";
import ResolutionsScreen from "./ResolutionsScreen.svelte";
import SearchScreen from "./SearchScreen.svelte";
import SessionsScreen from "./SessionsScreen.svelte";
import SettingsScreen from "./SettingsScreen.svelte";
import SideEventsScreen from "./SideEventsScreen.svelte";
import SituationsScreen from "./SituationsScreen.svelte";
import StatementsScreen from "./StatementsScreen.svelte";
import TodayScreen from "./TodayScreen.svelte";

/** Screens of the selected session: each gets that session. */
export const SESSION_VIEWS: Record<SessionScreen, Component<{ session: Session }>> = {
  overview: OverviewScreen,
  programme: ProgrammeScreen,
  agenda: AgendaScreen,
  situations: SituationsScreen,
  "key-issues": KeyIssuesScreen,
  statements: StatementsScreen,
  "side-events": SideEventsScreen,
  notes: NotesScreen,
  resolutions: ResolutionsScreen,
};

/** Screens of no session in particular. */
export const GLOBAL_VIEWS: Record<GlobalScreen, Component> = {
  today: TodayScreen,
  sessions: SessionsScreen,
  organisations: OrganisationsScreen,
  documents: DocumentsScreen,
  mandates: MandatesScreen,
  delegations: DelegationsScreen,
  search: SearchScreen,
  settings: SettingsScreen,
};
