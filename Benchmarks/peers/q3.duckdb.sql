SELECT subgroups, count(*) AS count FROM (
  SELECT unnest(string_split(subgroups, ';')) AS subgroups
  FROM read_csv('$REGISTER', all_varchar = true) WHERE subgroups <> ''
) GROUP BY subgroups ORDER BY subgroups = '', lower(subgroups);
