.import --csv $REGISTER reg
WITH RECURSIVE item(value, rest) AS (
  SELECT NULL, blocker || ';' FROM reg WHERE lower(status) = 'blocked'
  UNION ALL
  SELECT substr(rest, 1, instr(rest, ';') - 1), substr(rest, instr(rest, ';') + 1) FROM item WHERE rest <> ''
)
SELECT value AS blocker, count(*) AS count FROM item WHERE value IS NOT NULL
GROUP BY value ORDER BY value = '', lower(value);
