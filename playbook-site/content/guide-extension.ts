import type { Bilingual } from '../../shared/process/stage-list';

const both = (en: string, es: string): Bilingual => ({ en, es });

export const INSTALL_TITLE: Bilingual = both('Install', 'Instalar');

export const INSTALL_STEPS: Bilingual[] = [
  both(
    'Get the Embudo package for your browser from the process owner (or build it with npm run build).',
    'Pide el paquete de Embudo para tu navegador a la persona responsable del proceso (o genéralo con npm run build).',
  ),
  both(
    'Chrome, Chromium or Edge: open chrome://extensions, switch on developer mode, choose “Load unpacked” and pick the chrome-mv3 folder.',
    'Chrome, Chromium o Edge: abre chrome://extensions, activa el modo de desarrollador, elige «Cargar descomprimida» y selecciona la carpeta chrome-mv3.',
  ),
  both(
    'Firefox: open about:debugging, choose “This Firefox”, then “Load Temporary Add-on” and pick the manifest.json of the firefox-mv3 folder.',
    'Firefox: abre about:debugging, elige «Este Firefox», luego «Cargar complemento temporal» y selecciona el manifest.json de la carpeta firefox-mv3.',
  ),
  both(
    'Pin the Embudo button to the toolbar. The extension asks for no access to any site when installed; it reads a page only when you press capture.',
    'Fija el botón de Embudo en la barra de herramientas. La extensión no pide acceso a ningún sitio al instalarse; solo lee una página cuando pulsas capturar.',
  ),
];

export const USE_TITLE: Bilingual = both('Daily use', 'Uso diario');

export const USE_STEPS: Bilingual[] = [
  both(
    'Open a LinkedIn profile, an email thread in Gmail or Outlook, or a company’s contact page.',
    'Abre un perfil de LinkedIn, un hilo de correo en Gmail u Outlook o la página de contacto de una empresa.',
  ),
  both(
    'Click the Embudo button and press “Capture this page”. Check the form (each field says where it came from) and save: the lead lands in the first stage.',
    'Pulsa el botón de Embudo y después «Capturar esta página». Revisa el formulario (cada campo indica de dónde sale) y guarda: el lead entra en la primera etapa.',
  ),
  both(
    'Move the lead forward when its stage’s exit criteria are met; set a next step with a date, the deal value and the quality.',
    'Haz avanzar el lead cuando se cumplan los criterios de salida de su etapa; anota un siguiente paso con fecha, el valor del trato y la calidad.',
  ),
  both(
    'Close the deal as won, or as lost with a reason. Look at the metrics and problems screen before each review.',
    'Cierra el trato como ganado, o como perdido con un motivo. Mira la pantalla de métricas y problemas antes de cada revisión.',
  ),
  both(
    'Before a team review, export a backup from the settings and bring the file.',
    'Antes de una revisión de equipo, exporta una copia de seguridad desde los ajustes y trae el archivo.',
  ),
];

export interface ScreenshotSlot {
  file: string;
  caption: Bilingual;
  alt: Bilingual;
}

/** Images live in playbook-site/assets/screenshots/; a missing one leaves a labelled placeholder. */
export const SCREENSHOTS: ScreenshotSlot[] = [
  {
    file: 'popup-capture.png',
    caption: both('Capturing a LinkedIn profile', 'Capturar un perfil de LinkedIn'),
    alt: both(
      'The Embudo popup showing a captured prospect in an editable form, ready to save.',
      'La ventana de Embudo con un prospecto capturado en un formulario editable, listo para guardar.',
    ),
  },
  {
    file: 'popup-pipeline.png',
    caption: both('The pipeline in the popup', 'El embudo en la ventana emergente'),
    alt: both(
      'The Embudo popup listing leads under the five stages.',
      'La ventana de Embudo con los leads agrupados en las cinco etapas.',
    ),
  },
  {
    file: 'popup-metrics.png',
    caption: both('Metrics and problems', 'Métricas y problemas'),
    alt: both(
      'The Embudo metrics screen with headline figures and charts.',
      'La pantalla de métricas de Embudo con las cifras principales y los gráficos.',
    ),
  },
];

export const PRIVACY: Bilingual[] = [
  both(
    'Your pipeline stays in your browser. Leads, their history and your settings are stored in the browser’s own database on your computer. There is no Embudo server and no account, and the extension sends nothing anywhere.',
    'Tu embudo se queda en tu navegador. Los leads, su historial y tus ajustes se guardan en la base de datos del propio navegador, en tu ordenador. No hay servidor de Embudo ni cuenta, y la extensión no envía nada a ningún sitio.',
  ),
  both(
    'The extension reads a page only when you ask it to capture, and only that page.',
    'La extensión solo lee una página cuando le pides que capture, y solo esa página.',
  ),
  both(
    'A backup is a file you save and share yourself. It holds personal data about prospects: keep it among confidential documents and delete old copies.',
    'Una copia de seguridad es un archivo que guardas y compartes tú. Contiene datos personales de prospectos: guárdala con los documentos confidenciales y borra las copias antiguas.',
  ),
  both(
    'This page makes no requests to other sites. The team review reads the files you drop inside this page; nothing is uploaded.',
    'Esta página no hace peticiones a otros sitios. La revisión de equipo lee los archivos que sueltas dentro de esta página; no se sube nada.',
  ),
  both(
    'Removing the extension deletes its data. Export a backup first if you want to keep it.',
    'Al quitar la extensión se borran sus datos. Exporta antes una copia de seguridad si quieres conservarlos.',
  ),
];
