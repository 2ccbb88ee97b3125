.import --csv $REGISTER reg
SELECT ref, name, dag FROM reg
WHERE kind = 'IF' AND lower(status) = 'blocked' AND dag <> 'TBC'
  AND (2000 + substr(dag, 5, 2)) * 12 + (instr('JanFebMarAprMayJunJulAugSepOctNovDec', substr(dag, 1, 3)) - 1) / 3
    < 2022 * 12 + 4;  -- May-22
