.import --csv $REGISTER reg
WITH m AS (
  SELECT kind, dag FROM reg WHERE dag <> 'TBC'
    AND (2000 + substr(dag, 5, 2)) * 12 + (instr('JanFebMarAprMayJunJulAugSepOctNovDec', substr(dag, 1, 3)) - 1) / 3
      BETWEEN 2022 * 12 + 1 AND 2022 * 12 + 3  -- Feb-22 .. Apr-22
), counts AS (
  SELECT kind, sum(dag = 'Feb-22') AS "Feb-22", sum(dag = 'Mar-22') AS "Mar-22", sum(dag = 'Apr-22') AS "Apr-22",
         count(*) AS total, instr('BP IF BRS GA TD', kind) AS position FROM m GROUP BY kind
  UNION ALL
  SELECT '(total)', sum(dag = 'Feb-22'), sum(dag = 'Mar-22'), sum(dag = 'Apr-22'), count(*), 99 FROM m
)
SELECT kind, "Feb-22", "Mar-22", "Apr-22", total FROM counts ORDER BY position;
