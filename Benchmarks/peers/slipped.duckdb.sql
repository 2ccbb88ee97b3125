SELECT b.ref, b.name, a.dag AS "dag@Jan-22", b.dag
FROM read_csv('$FIRST', all_varchar = true) a
JOIN read_csv('$SECOND', all_varchar = true) b ON a.id = b.id
WHERE try_strptime(b.dag, '%b-%y') > try_strptime(a.dag, '%b-%y')
ORDER BY CAST(b.id AS BIGINT);
