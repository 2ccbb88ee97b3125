SELECT status, count(*) AS count FROM read_csv('$REGISTER', all_varchar = true)
GROUP BY status ORDER BY lower(status);
