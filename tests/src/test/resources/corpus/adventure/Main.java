package corpus.adventure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A text adventure as a state machine: rooms as an enum with exits in EnumMaps, items, an inventory in a TreeSet,
 * a locked door and a lamp that must be lit, commands parsed with a switch on strings, and a scripted walkthrough
 * (the program's arguments, if any, replace the script). Prints each command and the game's response, and the
 * final score and state.
 */
public class Main {
    enum Direction { NORTH, SOUTH, EAST, WEST, UP, DOWN }

    enum Room {
        HALL("a dusty hall"), LIBRARY("a library full of crumbling books"), CELLAR("a dark, damp cellar"),
        GARDEN("an overgrown garden"), TOWER("the top of a windy tower");

        final String description;
        final Map<Direction, Room> exits = new EnumMap<>(Direction.class);
        final List<String> items = new ArrayList<>();

        Room(String description) {
            this.description = description;
        }
    }

    static {
        link(Room.HALL, Direction.NORTH, Room.LIBRARY, Direction.SOUTH);
        link(Room.HALL, Direction.DOWN, Room.CELLAR, Direction.UP);
        link(Room.HALL, Direction.EAST, Room.GARDEN, Direction.WEST);
        link(Room.LIBRARY, Direction.UP, Room.TOWER, Direction.DOWN);
        Room.LIBRARY.items.add("lamp");
        Room.GARDEN.items.add("key");
        Room.CELLAR.items.add("gold");
        Room.TOWER.items.add("map");
    }

    static void link(Room a, Direction there, Room b, Direction back) {
        a.exits.put(there, b);
        b.exits.put(back, a);
    }

    Room here = Room.HALL;
    final TreeSet<String> inventory = new TreeSet<>();
    boolean lampLit;
    boolean towerUnlocked;
    int moves;
    int score;
    boolean finished;

    String handle(String line) {
        moves++;
        String[] words = line.trim().toLowerCase().split("\\s+", 2);
        String verb = words[0];
        String noun = words.length > 1 ? words[1] : "";
        switch (verb) {
            case "look":
                return describe();
            case "go":
            case "n": case "s": case "e": case "w": case "u": case "d":
                return go(verb.equals("go") ? noun : expand(verb));
            case "take":
            case "get":
                return take(noun);
            case "drop":
                if (!inventory.remove(noun)) {
                    return "You don't have " + noun + ".";
                }
                here.items.add(noun);
                return "Dropped.";
            case "light":
                if (!noun.equals("lamp") || !inventory.contains("lamp")) {
                    return "You have nothing to light.";
                }
                lampLit = true;
                return "The lamp glows.";
            case "unlock":
                if (here != Room.LIBRARY || !inventory.contains("key")) {
                    return "Nothing here to unlock.";
                }
                towerUnlocked = true;
                return "The tower stair is unlocked.";
            case "inventory":
            case "i":
                return inventory.isEmpty() ? "You carry nothing." : "You carry: " + String.join(", ", inventory) + ".";
            case "quit":
                finished = true;
                return "Goodbye.";
            default:
                moves--;
                return "I don't understand '" + line + "'.";
        }
    }

    static String expand(String letter) {
        return switch (letter) {
            case "n" -> "north";
            case "s" -> "south";
            case "e" -> "east";
            case "w" -> "west";
            case "u" -> "up";
            default -> "down";
        };
    }

    String go(String where) {
        Direction d;
        try {
            d = Direction.valueOf(where.toUpperCase());
        } catch (IllegalArgumentException e) {
            return "'" + where + "' is not a direction.";
        }
        Room next = here.exits.get(d);
        if (next == null) {
            return "You can't go " + where + " from here.";
        }
        if (next == Room.TOWER && !towerUnlocked) {
            return "The stair to the tower is locked.";
        }
        if (next == Room.CELLAR && !lampLit) {
            return "It is too dark to go down without light.";
        }
        here = next;
        return describe();
    }

    String take(String item) {
        if (!here.items.remove(item)) {
            return "There is no " + item + " here.";
        }
        inventory.add(item);
        int points = switch (item) {
            case "gold" -> 50;
            case "map" -> 30;
            default -> 5;
        };
        score += points;
        if (inventory.containsAll(List.of("gold", "map"))) {
            finished = true;
            return "Taken (+" + points + "). You have the treasure and the map: you win!";
        }
        return "Taken (+" + points + ").";
    }

    String describe() {
        StringBuilder out = new StringBuilder("You are in " + here.description + ".");
        if (!here.items.isEmpty()) {
            out.append(" You see: ").append(String.join(", ", here.items)).append('.');
        }
        out.append(" Exits: ");
        List<String> exits = new ArrayList<>();
        for (Direction d : here.exits.keySet()) {
            exits.add(d.name().toLowerCase());
        }
        return out.append(String.join(" ", exits)).append('.').toString();
    }

    public static void main(String[] args) {
        String[] script = args.length > 0 ? args : new String[] {"look", "go west", "d", "n", "take lamp", "take book",
            "u", "dance", "s", "e", "get key", "w", "light lamp", "d", "take gold", "i", "u", "n", "unlock", "u",
            "take map", "look"};
        Main game = new Main();
        for (String command : script) {
            System.out.println("> " + command);
            System.out.println(game.handle(command));
            if (game.finished) {
                break;
            }
        }
        System.out.println("score " + game.score + " in " + game.moves + " moves, room " + game.here + ", finished "
                + game.finished);
    }
}
