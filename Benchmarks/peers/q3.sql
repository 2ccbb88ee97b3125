.import --csv $REGISTER reg
WITH RECURSIVE item(value, rest) AS (
  SELECT NULL, subgroups || ';' FROM reg WHERE subgroups <> ''
  UNION ALL
  SELECT substr(rest, 1, instr(rest, ';') - 1), substr(rest, instr(rest, ';') + 1) FROM item WHERE rest <> ''
)
SELECT value AS subgroups, count(*) AS count FROM item WHERE value IS NOT NULL
GROUP BY value ORDER BY value = '', lower(value);
