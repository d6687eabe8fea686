module.exports = async () => {
  const postgres = globalThis.hrfaqPostgres;
  if (!postgres) return;
  await postgres.stop();
  postgres.remove();
};
