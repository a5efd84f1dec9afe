package org.shequ.core.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model's records as a template sees them: each record a hash of its components by their names
 * in snake_case (a null component left out), each list and map with its records turned likewise
 * when they are read, never all at once (a national model's 620,000 units are never hashes together).
 * So the template engine hands templates only hashes, lists and plain values, as its restricted
 * wrapper allows, while the model is typed in {@link DocumentModel}.
 */
public final class TemplateHashes {
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] all = type.getRecordComponents();
            Component[] out = new Component[all.length];
            for (int i = 0; i < all.length; i++) {
                Method accessor = all[i].getAccessor();
                accessor.setAccessible(true);
                out[i] = new Component(name(all[i].getName()), accessor);
            }
            return out;
        }
    };

    private record Component(String name, Method accessor) {
    }

    private TemplateHashes() {
    }

    /** A component's name as a template writes it: periodLabel → period_label, servicePer100 → service_per_100. */
    public static String name(String component) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            char before = i == 0 ? 0 : component.charAt(i - 1);
            if (Character.isUpperCase(c)) {
                s.append('_').append(Character.toLowerCase(c));
            } else if (Character.isDigit(c) && Character.isLetter(before)) {
                s.append('_').append(c);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** A record as a hash: its components by name, in their order, the null ones left out. */
    public static Map<String, Object> of(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Component c : COMPONENTS.get(r.getClass())) {
            Object v;
            try {
                v = c.accessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("model component " + c.name(), e);
            }
            if (v != null) {
                out.put(c.name(), value(v));
            }
        }
        return out;
    }

    /** A value as a template sees it: a record as a hash, a list or map with its records turned when read, anything else as it is. */
    static Object value(Object v) {
        if (v instanceof Record r) {
            return of(r);
        }
        if (v instanceof List<?> list) {
            return new AbstractList<Object>() {
                @Override
                public Object get(int i) {
                    return value(list.get(i));
                }

                @Override
                public int size() {
                    return list.size();
                }
            };
        }
        if (v instanceof Map<?, ?> map) {
            return new Turned(map);
        }
        return v;
    }

    /** A map whose values are turned when read; its keys and order are the map's. */
    private static final class Turned extends AbstractMap<Object, Object> {
        private final Map<?, ?> map;

        Turned(Map<?, ?> map) {
            this.map = map;
        }

        @Override
        public Object get(Object key) {
            Object v = map.get(key);
            return v == null ? null : value(v);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<Object, Object>> iterator() {
                    Iterator<? extends Entry<?, ?>> it = map.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Entry<Object, Object> next() {
                            Entry<?, ?> e = it.next();
                            return new SimpleImmutableEntry<>(e.getKey(), value(e.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return map.size();
                }
            };
        }
    }
}
