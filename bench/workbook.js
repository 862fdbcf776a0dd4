// The benchmarks' client file: the template filled with valid, distinct clients.
'use strict';
const ExcelJS = require('exceljs');
const { COLUMNS } = require('../build/core/template/columns.js');

// A valid national register number for someone born in the 1900s: YYMMDD + counter + 97-check.
function nationalNumber(i) {
  const yy = String(40 + (i % 60)).padStart(2, '0');
  const mm = String(1 + (i % 12)).padStart(2, '0');
  const dd = String(1 + (i % 28)).padStart(2, '0');
  const counter = String(1 + (Math.floor(i / 28) % 997)).padStart(3, '0');
  const nine = `${yy}${mm}${dd}${counter}`;
  return nine + String(97 - (Number(nine) % 97)).padStart(2, '0');
}

// A valid enterprise number: 0 + 7 digits, then 97 - (first 8 mod 97).
function enterpriseNumber(i) {
  const eight = `0${String(2000000 + i).padStart(7, '0')}`;
  return eight + String(97 - (Number(eight) % 97)).padStart(2, '0');
}

function row(i) {
  const values = {
    person: 'person',
    firstName: `Jan${i}`,
    lastName: `Peeters${i}`,
    email: `client${i}@example.be`,
    mobile: `+32470${String(100000 + i).padStart(6, '0')}`,
    registrationNumber: nationalNumber(i),
    street: 'Kerkstraat',
    houseNumber: String(1 + (i % 200)),
    box: '',
    postalCode: String(1000 + (i % 9000)),
    city: 'Gent',
    country: 'Belgium',
    extraPb: '',
    labels: 'kantoor Gent,beheerder X',
    spouseRegistrationNumber: '',
    language: ['dutch', 'french', 'english'][i % 3],
    clientCode: `C${i}`,
    enterpriseNumber: i % 10 === 0 ? enterpriseNumber(i) : '',
    spouseEnterpriseNumber: '',
    declarationDeadline: new Date(Date.UTC(2099, 5, 30)),
    responsibleEmail: 'boss@firm.example.be',
  };
  return COLUMNS.map((c) => values[c.key] || null);
}

/** The template filled with `rows` valid clients, written as Excel would (shared strings, styles). */
async function writeWorkbook(file, rows) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Accounton clients');
  sheet.addRow(COLUMNS.map((c) => c.header)).commit();
  for (let i = 0; i < rows; i++) sheet.addRow(row(i)).commit();
  await workbook.commit();
}

/**
 * An AdminPulse relations export of `rows` persons (Dutch headers, language codes), every tenth with a
 * partner on the sheet of links: what `check` reads through the mapping engine, not as the template.
 */
async function writeAdminPulse(file, rows) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const relations = workbook.addWorksheet('Relaties');
  relations.addRow(['Status', 'Type', 'Klantcode', 'Naam', 'Voornaam', 'Ondernemingsnummer', 'BTW-nummer', 'Rijksregisternummer', 'E-mail', 'Taal']).commit();
  for (let i = 0; i < rows; i++) {
    relations.addRow(['Actief', 'Persoon', `K${i}`, `Peeters${i}`, `Jan${i}`, '', '', nationalNumber(i), `client${i}@example.be`, i % 2 ? 'NL' : 'F']).commit();
  }
  relations.commit();
  const links = workbook.addWorksheet('Gelinkte relaties');
  links.addRow(['Klantcode', 'Klantcode gelinkte relatie', 'Relatietype']).commit();
  for (let i = 0; i + 1 < rows; i += 10) links.addRow([`K${i}`, `K${i + 1}`, 'Echtgenote']).commit();
  links.commit();
  await workbook.commit();
}

module.exports = { row, writeWorkbook, writeAdminPulse };

