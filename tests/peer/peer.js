// Runs Microsoft Recognizers-Text (numbers, percentages, dimensions; English) over the abstracts
// of an arXiv-snapshot JSON-lines file, the same file claimscope reads, and prints one JSON line:
// input bytes, wall and CPU seconds, MB/s of each (end to end: reading, JSON parsing and
// recognising) and the count of entities each model found.
// Usage: node peer.js FILE
'use strict';
const fs = require('fs');
const readline = require('readline');
// The suite exports only the one-shot recognize* functions, which rebuild their models on every
// call; its own dependencies export the recognisers, so models can be built once.
const { Culture } = require('@microsoft/recognizers-text-suite');
const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');

async function main(file) {
  // Models are built once, outside the timing: the peer's best case.
  const numbers = new NumberRecognizer(Culture.English);
  const numberModel = numbers.getNumberModel();
  const percentModel = numbers.getPercentageModel();
  const dimensionModel = new NumberWithUnitRecognizer(Culture.English).getDimensionModel();
  const counts = { papers: 0, numbers: 0, percentages: 0, dimensions: 0 };
  const bytes = fs.statSync(file).size;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.length === 0) continue;
    // claimscope reads the abstract with its hard line breaks joined: do the same.
    const text = JSON.parse(line).abstract.split(/\s+/).filter(Boolean).join(' ');
    counts.papers++;
    counts.numbers += numberModel.parse(text).length;
    counts.percentages += percentModel.parse(text).length;
    counts.dimensions += dimensionModel.parse(text).length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(JSON.stringify({
    bytes, seconds, cpuSeconds,
    mbPerSecond: bytes / 1e6 / seconds,
    mbPerCpuSecond: bytes / 1e6 / cpuSeconds,
    ...counts,
  }));
}

main(process.argv[2]).catch(e => { console.error(`peer: ${e.message}`); process.exit(1); });
