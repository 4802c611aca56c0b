/** The glossary in English: the source (src/data/glossary.ts). */
export { GLOSSARY, GLOSSARY_BY_ID } from '../../data/glossary';
