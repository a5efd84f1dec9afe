package org.shequ.core.validate.checks;

import org.shequ.core.schema.Field;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Record;

/** A check that looks at each field of a record on its own (type, required, range, code). */
abstract class FieldCheck implements Check {
    private final String id;

    FieldCheck(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    /** A field's value is judged alone: the binder thread may run it. */
    @Override
    public final boolean local() {
        return true;
    }

    @Override
    public final void record(Record r, CheckContext ctx) {
        for (Field f : r.kind().fields()) {
            field(r, f, ctx);
        }
    }

    /** Checks one field of the record. */
    abstract void field(Record r, Field f, CheckContext ctx);
}
