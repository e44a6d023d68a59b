-- 0010_response_addressee: the recipient of a response apart from its deciding body (issue 15).
--
-- "Beslutande organ / mottagare" was one field holding two things, and the address line of a
-- remissvar ignored it. `addressee` is who the document is addressed to ("Marks kommun,
-- samhällsbyggnadsförvaltningen"); empty: the remiss's sender (a remissvar) or the deciding
-- body (a yttrande, a tjänsteutlåtande).
ALTER TABLE responses ADD COLUMN addressee TEXT NOT NULL DEFAULT '';
