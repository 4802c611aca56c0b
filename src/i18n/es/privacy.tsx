// translation_of: src/i18n/en/privacy.tsx 54244298d6e41ba7ad32c1d364ba0793cc67d2c9
/** Words of the privacy page in Spanish (src/i18n/en/privacy.tsx). */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { PRIVACY_TEXT as EN, PrivacyBodyProps } from '../en/privacy';

export const PRIVACY_TEXT: typeof EN = {
  title: 'Privacidad',
  description: 'Este sitio no recopila nada. Su progreso se queda en su propio navegador.',
  heading: 'Privacidad: no recopilamos nada',
  lead: 'Este sitio no recopila, no envía ni vende nada sobre usted. No hay cuentas, no hay analíticas, no hay cookies de rastreo y no hay fuentes, imágenes ni scripts de otros sitios web.',
  Body: ({ clinicName, localSearch }: PrivacyBodyProps) => (
    <>
      <Heading as="h2" id="progress">
        Dónde se guarda su progreso
      </Heading>
      <p>
        Cuando marca un capítulo como leído, responde una prueba de conocimientos, marca la lista de verificación o
        escribe sus propias preguntas, el sitio lo guarda en el almacenamiento de su navegador en este dispositivo
        (llamado “almacenamiento local”). Nunca sale de su dispositivo. Las personas que manejan este sitio no pueden
        verlo.
      </p>
      <ul>
        <li>
          En la página <Link to="/progress">Mi progreso</Link> puede ver todo lo que está guardado, descargarlo como un
          archivo, cargarlo en otro dispositivo o borrarlo.
        </li>
        <li>
          Cualquier persona que use este navegador en este dispositivo podría ver su progreso. En un dispositivo
          compartido, quizás quiera borrarlo al terminar o usar una ventana privada.
        </li>
        <li>Si borra los datos de sitios de su navegador, también se borra.</li>
      </ul>
      <Heading as="h2" id="offline">
        La copia sin conexión en este dispositivo
      </Heading>
      <p>
        Las páginas que abre se guardan en el almacenamiento de su navegador en este dispositivo, para que se abran de
        nuevo sin conexión. Si presiona “Guardar todo el curso para leerlo sin conexión” en{' '}
        <Link to="/progress#offline">Mi progreso</Link>, también se guardan todas las páginas del curso.
      </p>
      <ul>
        <li>
          Qué se guarda: las páginas del curso y los archivos que necesitan para mostrarse y para buscar en ellas. No
          contiene nada sobre usted. Su progreso se guarda aparte (vea arriba).
        </li>
        <li>No se envía nada: guardar solo descarga el curso desde este sitio, igual que si abriera cada página.</li>
        <li>
          Cualquier persona que use este navegador en este dispositivo podría ver qué páginas están guardadas, por
          ejemplo en la configuración del navegador.
        </li>
        <li>
          Para quitarla, presione “Quitar la copia sin conexión de este dispositivo” en{' '}
          <Link to="/progress#offline">Mi progreso</Link>. Si borra los datos de este sitio en la configuración de su
          navegador, también se quita (y también se borra su progreso).
        </li>
        <li>Su navegador también puede quitar la copia por sí solo cuando queda poco espacio en el dispositivo.</li>
      </ul>
      <Heading as="h2" id="language">
        El idioma que usted elige
      </Heading>
      <p>
        Cuando elige un idioma en la barra de arriba, el sitio recuerda su elección en el almacenamiento de su navegador
        en este dispositivo, para que la página de inicio se abra en ese idioma la próxima vez. Su elección nunca se
        envía a ninguna parte. Si borra los datos de sitios de su navegador, se borra.
      </p>
      <Heading as="h2" id="links">
        Enlaces que usted decide compartir
      </Heading>
      <p>
        Un profesional clínico puede enviarle un plan de preparación como enlace, y usted puede decidir hacer un enlace
        con un resumen para su profesional clínico. Los datos van después del “#” en el enlace. Los navegadores no
        envían esa parte a ningún sitio web, así que nunca llega a un servidor. Solo las personas a quienes usted les da
        el enlace pueden verlos.
      </p>
      <Heading as="h2" id="summary-links">
        Cualquier persona que tenga un enlace con un resumen puede leerlo
      </Heading>
      <p>
        Los datos de un enlace con un plan o un resumen están codificados: escritos en una forma corta que el sitio
        vuelve a convertir en texto. No están cifrados (cerrados con una clave secreta). Cualquier persona que reciba el
        enlace puede abrirlo y leerlo, y también cualquiera que lo vea en un correo electrónico, un chat o una foto de
        su pantalla.
      </p>
      <ul>
        <li>
          Envíe un enlace con un resumen solo al equipo de atención que usted elija, de una forma en la que confíe.
        </li>
        <li>No lo publique donde otras personas puedan verlo.</li>
        <li>
          Un enlace con un plan de su clínica muestra solo los módulos, una fecha y un mensaje corto. Su clínica no debe
          poner nada en él que diga su nombre.
        </li>
      </ul>
      <Heading as="h2" id="server-logs">
        Lo que puede registrar el servidor del sitio web
      </Heading>
      <p>
        {clinicName ? (
          <>
            Esta copia del curso la maneja <strong>{clinicName}</strong>.{' '}
          </>
        ) : null}
        La computadora que le envía estas páginas (el servidor) puede guardar un registro, como la mayoría de los sitios
        web. Un registro puede anotar qué páginas se pidieron, cuándo, y la dirección de internet (dirección IP) del
        dispositivo que las pidió. Una dirección de internet a veces puede señalar un hogar o un lugar de trabajo.
      </p>
      <ul>
        <li>
          El registro nunca contiene su progreso, sus respuestas, sus notas ni lo que hay en un enlace con un plan o un
          resumen. Eso se queda en su navegador, y la parte de un enlace después del “#” nunca se envía al servidor.
        </li>
        <li>
          La configuración de servidor de muestra que viene con este curso guarda un registro sin direcciones de
          internet: solo la hora, la página y si funcionó. Quien maneja una copia del curso elige la configuración de su
          servidor.
        </li>
        <li>
          Si no quiere que nadie sepa que usted visitó el sitio, puede usar una ventana privada o leer el curso en un
          dispositivo que no sea compartido.
        </li>
      </ul>
      <Heading as="h2" id="search">
        Búsqueda
      </Heading>
      {localSearch ? (
        <p>El cuadro de búsqueda funciona dentro de su navegador. Lo que usted escribe no se envía a ninguna parte.</p>
      ) : (
        <p>
          Esta copia del curso usa Algolia DocSearch para su cuadro de búsqueda. Lo que usted escribe en el cuadro de
          búsqueda se envía a Algolia para encontrar resultados. No se envía nada más.
        </p>
      )}
      <Heading as="h2" id="listen">
        Escuchar una página
      </Heading>
      <p>
        El botón “Escuchar” lee una página en voz alta con una voz que está en su dispositivo. Algunos navegadores
        también ofrecen voces que envían el texto al servidor de una empresa para convertirlo en voz. Este sitio nunca
        usa esas voces. Si su dispositivo no tiene una voz propia para el idioma de la página, el botón se lo dice y no
        lee nada.
      </p>
      <Heading as="h2" id="other-sites">
        Enlaces a otros sitios web
      </Heading>
      <p>
        Las fuentes y los servicios de crisis tienen enlaces a otros sitios web. Si usted abre uno, se aplica la
        política de privacidad de ese sitio web.
      </p>
    </>
  ),
};
