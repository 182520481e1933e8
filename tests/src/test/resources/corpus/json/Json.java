package corpus.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON values: a sealed interface with one record per kind; objects keep their key order. */
sealed interface Json {
    record JNull() implements Json {
    }

    record JBool(boolean value) implements Json {
    }

    record JNumber(double value) implements Json {
    }

    record JString(String value) implements Json {
    }

    record JArray(List<Json> items) implements Json {
    }

    record JObject(LinkedHashMap<String, Json> members) implements Json {
        Json get(String key) {
            return members.get(key);
        }
    }

    static Json of(Object value) {
        if (value == null) {
            return new JNull();
        } else if (value instanceof Boolean b) {
            return new JBool(b);
        } else if (value instanceof Number n) {
            return new JNumber(n.doubleValue());
        } else if (value instanceof String s) {
            return new JString(s);
        } else if (value instanceof List<?> list) {
            return new JArray(list.stream().map(Json::of).toList());
        } else if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, Json> members = new LinkedHashMap<>();
            map.forEach((k, v) -> members.put(String.valueOf(k), of(v)));
            return new JObject(members);
        }
        throw new IllegalArgumentException("not JSON: " + value.getClass().getName());
    }
}
