SELECT blocker, count(*) AS count FROM (
  SELECT unnest(string_split(coalesce(blocker, ''), ';')) AS blocker
  FROM read_csv('$REGISTER', all_varchar = true) WHERE lower(status) = 'blocked'
) GROUP BY blocker ORDER BY blocker = '', lower(blocker);
