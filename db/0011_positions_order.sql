-- 0011_positions_order: a response's positions by their order.
--
-- A new position goes after every other of its response (max(ord) + 1). The index on
-- (response_id, section_id, ord) cannot give that maximum without reading every position of
-- the response: adding one to a response of 10,000 positions read 10,000 index entries, and
-- adding 10,000 took 3.9 s CPU instead of 1.1 s.
CREATE INDEX positions_order ON positions(response_id, ord);
