package io.journeymap.identity.internal.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded fake people and corrupted copies of them (typos, dropped letters, missing values, day and
 * month swapped), for tests that need realistic record sets. A copy's id is its original's id with
 * {@code "-copy"} appended.
 */
final class SyntheticPeople {

    private static final String[] GIVEN = {"james", "olivia", "william", "charlotte", "jack", "amelia", "noah",
            "isla", "thomas", "mia", "lachlan", "grace", "ethan", "chloe", "oliver", "ruby", "samuel", "emily",
            "joshua", "sophie", "liam", "zoe", "benjamin", "ella", "harrison", "matilda", "lucas", "ava", "henry",
            "lily", "alexander", "hannah", "daniel", "sarah", "max", "jessica", "riley", "madison", "cooper", "holly"};
    private static final String[] SURNAMES = {"smith", "jones", "williams", "brown", "wilson", "taylor", "johnson",
            "white", "martin", "anderson", "thompson", "nguyen", "thomas", "walker", "harris", "lee", "ryan",
            "robinson", "kelly", "king", "davis", "wright", "evans", "roberts", "green", "hall", "wood", "jackson",
            "clarke", "patel", "khan", "lewis", "james", "phillips", "mitchell", "campbell", "edwards", "turner",
            "collins", "stewart", "morris", "murphy", "cook", "rogers", "morgan", "cooper", "peterson", "bailey",
            "reed", "kennedy"};
    private static final String[] STREETS = {"stanley street", "pinkerton circuit", "light street", "edkins street",
            "george street", "king road", "queen avenue", "church lane", "park parade", "river terrace",
            "station road", "high street", "bridge road", "hill crescent", "ocean drive", "forest way"};
    private static final String[] SUBURBS = {"winston hills", "richlands", "windermere", "north ryde", "glenelg",
            "toorak", "paddington", "fitzroy", "newtown", "mosman", "brighton", "kew", "manly", "bondi",
            "carlton", "hawthorn", "coogee", "balmain", "annandale", "leichhardt"};
    private static final String[] STATES = {"nsw", "vic", "qld", "sa", "wa", "tas"};
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private SyntheticPeople() {
    }

    static List<MatchRecord> people(int count, String idPrefix, Random random) {
        List<MatchRecord> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, String> f = new HashMap<>();
            f.put(PersonMatching.GIVEN_NAME, pick(GIVEN, random));
            f.put(PersonMatching.SURNAME, pick(SURNAMES, random));
            f.put(PersonMatching.STREET_NUMBER, String.valueOf(1 + random.nextInt(150)));
            f.put(PersonMatching.ADDRESS_1, pick(STREETS, random));
            f.put(PersonMatching.SUBURB, pick(SUBURBS, random));
            f.put(PersonMatching.POSTCODE, String.valueOf(2000 + random.nextInt(6000)));
            f.put(PersonMatching.STATE, pick(STATES, random));
            f.put(PersonMatching.DATE_OF_BIRTH, String.format("%04d%02d%02d",
                    1930 + random.nextInt(75), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            f.put(PersonMatching.SOC_SEC_ID, String.valueOf(1_000_000 + random.nextInt(9_000_000)));
            people.add(new MatchRecord(idPrefix + i, f));
        }
        return people;
    }

    /** A copy with one to three fields corrupted. */
    static MatchRecord corruptedCopy(MatchRecord original, Random random) {
        Map<String, String> f = new HashMap<>(original.fields());
        List<String> names = new ArrayList<>(f.keySet());
        names.sort(null);
        int corruptions = 1 + random.nextInt(3);
        for (int c = 0; c < corruptions; c++) {
            String field = names.get(random.nextInt(names.size()));
            String value = f.get(field);
            if (value == null) {
                continue;
            }
            switch (random.nextInt(4)) {
                case 0 -> f.remove(field);
                case 1 -> f.put(field, replaceOneCharacter(value, random));
                case 2 -> f.put(field, value.length() > 1 ? dropOneCharacter(value, random) : value);
                default -> f.put(field, field.equals(PersonMatching.DATE_OF_BIRTH) && value.length() == 8
                        ? value.substring(0, 4) + value.substring(6, 8) + value.substring(4, 6)
                        : replaceOneCharacter(value, random));
            }
        }
        return new MatchRecord(original.id() + "-copy", f);
    }

    private static String replaceOneCharacter(String value, Random random) {
        int at = random.nextInt(value.length());
        char replacement = Character.isDigit(value.charAt(at))
                ? (char) ('0' + random.nextInt(10)) : LETTERS.charAt(random.nextInt(LETTERS.length()));
        return value.substring(0, at) + replacement + value.substring(at + 1);
    }

    private static String dropOneCharacter(String value, Random random) {
        int at = random.nextInt(value.length());
        return value.substring(0, at) + value.substring(at + 1);
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
