/**
 * Words shown by the read-aloud control and the breathing exercise, one table per page
 * language. Components pick a table with the page's language (`<html lang>`, which Docusaurus
 * sets from the locale), so a later edition in another language adds one entry here.
 * The voice used for reading aloud is chosen by the same language (src/course/voices.ts).
 */

export interface ListenButtonText {
  /** Name of the group of controls. */
  readonly group: string;
  readonly listen: string;
  /** Name of the controls that read one group of a page (e.g. one group of FAQ answers). */
  readonly groupFor: (title: string) => string;
}

export interface ListenText {
  readonly loading: string;
  readonly play: string;
  readonly pause: string;
  readonly resume: string;
  readonly playAgain: string;
  readonly stop: string;
  readonly previous: string;
  readonly next: string;
  readonly speed: string;
  /** Shown while reading: "Section 2 of 7". */
  readonly section: (n: number, of: number) => string;
  readonly paused: string;
  readonly pausedHidden: string;
  readonly stopped: string;
  readonly finished: string;
  readonly nothingToRead: string;
  readonly error: string;
  /** No Web Speech API at all. */
  readonly noSpeech: string;
  /** No on-device voice for the page's language: one sentence, then how to add one. */
  readonly noVoice: string;
  readonly addVoiceIntro: string;
  readonly addVoiceSteps: readonly string[];
}

export interface BreathingText {
  readonly group: string;
  readonly howLong: string;
  readonly minutes: (n: number) => string;
  readonly showCount: string;
  readonly tone: string;
  readonly vibrate: string;
  readonly start: string;
  readonly stop: string;
  readonly ready: string;
  readonly breatheIn: (seconds: number) => string;
  readonly breatheOut: (seconds: number) => string;
  readonly left: (clock: string) => string;
  readonly dizzy: string;
  readonly done: (minutes: number) => string;
  readonly stoppedAfter: (clock: string) => string;
  readonly tick: string;
  readonly ticked: string;
  readonly checklistLink: string;
}

export interface UiText {
  readonly listen: ListenText;
  readonly breathing: BreathingText;
}

// Kept apart from the rest: the button is on every chapter, the rest loads when it is pressed.
const BUTTON: Readonly<Record<string, ListenButtonText>> = {
  en: { group: 'Read this page aloud', listen: 'Listen', groupFor: (title) => `Listen to: ${title}` },
  es: { group: 'Leer esta página en voz alta', listen: 'Escuchar', groupFor: (title) => `Escuchar: ${title}` },
};

const EN: UiText = {
  listen: {
    loading: 'Getting a voice ready…',
    play: 'Play',
    pause: 'Pause',
    resume: 'Resume',
    playAgain: 'Play again',
    stop: 'Stop',
    previous: 'Previous section',
    next: 'Next section',
    speed: 'Speed',
    section: (n, of) => `Section ${n} of ${of}`,
    paused: 'Paused.',
    pausedHidden: 'Paused because you left the page.',
    stopped: 'Stopped.',
    finished: 'Finished reading.',
    nothingToRead: 'There is no text to read on this page.',
    error: 'Your device stopped reading. Press Resume to try again.',
    noSpeech: 'This browser cannot read pages aloud.',
    noVoice:
      'Your device has no voice for this language that works without the internet, so nothing will be read aloud.',
    addVoiceIntro: 'To add one:',
    addVoiceSteps: [
      'iPhone or iPad: Settings > Accessibility > Spoken Content > Voices.',
      'Android: Settings > Accessibility > Text-to-speech output, then install voice data for your language.',
    ],
  },
  breathing: {
    group: 'Slow breathing',
    howLong: 'How long',
    minutes: (n) => (n === 1 ? '1 minute' : `${n} minutes`),
    showCount: 'Show a count',
    tone: 'Soft tone when it is time to change',
    vibrate: 'Vibrate when it is time to change',
    start: 'Start',
    stop: 'Stop',
    ready: 'Press Start when you are ready.',
    breatheIn: (s) => `Breathe in… ${s}`,
    breatheOut: (s) => `Breathe out… ${s}`,
    left: (clock) => `${clock} left`,
    dizzy: 'If you feel dizzy or light-headed, stop and breathe normally.',
    done: (m) => `Well done. You practiced for ${m === 1 ? '1 minute' : `${m} minutes`}.`,
    stoppedAfter: (clock) => `Stopped after ${clock}.`,
    tick: 'Tick “Practice slow breathing” in my checklist',
    ticked: 'Ticked in your checklist.',
    checklistLink: 'See the checklist',
  },
};

// Spanish (usted, and the shared vocabulary of the Spanish edition: src/i18n/termsEs.ts).
// cspell:locale en-US,es,es-ES
const ES: UiText = {
  listen: {
    loading: 'Preparando una voz…',
    play: 'Reproducir',
    pause: 'Pausa',
    resume: 'Continuar',
    playAgain: 'Reproducir de nuevo',
    stop: 'Detener',
    previous: 'Sección anterior',
    next: 'Sección siguiente',
    speed: 'Velocidad',
    section: (n, of) => `Sección ${n} de ${of}`,
    paused: 'En pausa.',
    pausedHidden: 'En pausa porque usted salió de la página.',
    stopped: 'Detenido.',
    finished: 'Terminó la lectura.',
    nothingToRead: 'No hay texto para leer en esta página.',
    error: 'Su dispositivo dejó de leer. Presione Continuar para intentarlo de nuevo.',
    noSpeech: 'Este navegador no puede leer páginas en voz alta.',
    noVoice:
      'Su dispositivo no tiene una voz para este idioma que funcione sin internet, así que no se leerá nada en voz alta.',
    addVoiceIntro: 'Para agregar una:',
    addVoiceSteps: [
      'iPhone o iPad: Configuración > Accesibilidad > Contenido leído > Voces.',
      'Android: Configuración > Accesibilidad > Salida de texto a voz; luego instale los datos de voz para su idioma.',
    ],
  },
  breathing: {
    group: 'Respiración lenta',
    howLong: 'Cuánto tiempo',
    minutes: (n) => (n === 1 ? '1 minuto' : `${n} minutos`),
    showCount: 'Mostrar una cuenta',
    tone: 'Un tono suave cuando sea hora de cambiar',
    vibrate: 'Vibrar cuando sea hora de cambiar',
    start: 'Empezar',
    stop: 'Detener',
    ready: 'Presione Empezar cuando esté listo.',
    breatheIn: (s) => `Inhale… ${s}`,
    breatheOut: (s) => `Exhale… ${s}`,
    left: (clock) => `Quedan ${clock}`,
    dizzy: 'Si se siente mareado o aturdido, deténgase y respire de forma normal.',
    done: (m) => `Muy bien. Practicó durante ${m === 1 ? '1 minuto' : `${m} minutos`}.`,
    stoppedAfter: (clock) => `Se detuvo después de ${clock}.`,
    tick: 'Marcar “Practicar la respiración lenta” en mi lista de verificación',
    ticked: 'Marcado en su lista de verificación.',
    checklistLink: 'Ver la lista de verificación',
  },
};

const TEXT: Readonly<Record<string, UiText>> = { en: EN, es: ES };

function primary(lang: string | undefined): string {
  return (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The table for a page language such as "en" or "en-US"; English when there is none. */
export function uiText(lang: string | undefined): UiText {
  return TEXT[primary(lang)] ?? EN;
}

/** The Listen button's words (the only part every chapter loads). */
export function listenButtonText(lang: string | undefined): ListenButtonText {
  return BUTTON[primary(lang)] ?? (BUTTON.en as ListenButtonText);
}
