package org.shequ.core.access;

import org.shequ.core.Problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.shequ.core.io.Workbooks;
import org.shequ.core.io.Location;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.SourceFile;
import org.shequ.core.io.WorkbookCells;
import org.shequ.core.io.YamlReader;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Kind;
import org.shequ.core.schema.ValueParser;
import org.shequ.core.validate.Binding;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Severity;
import java.util.function.BiConsumer;
import org.shequ.core.io.StrictUtf8Reader;
import org.shequ.core.validate.HeaderCell;
import org.shequ.core.Vocabulary;

/**
 * Reads access lists, approvals and exits from YAML ({@code lists:}, {@code approvals:},
 * {@code exits:}) or from a workbook with one sheet per list (metadata rows 类型/文号/生效日期
 * above the header; a sheet named 准入审批 holds approvals). Every problem is a finding with its
 * location, and the rest is still read.
 */
public final class AccessLoader {
    /** what an approval's scope says for every community: 全部, 所有社区, all */
    private static final Set<String> ALL_COMMUNITIES = Set.of(Vocabulary.word("AccessLoader.ALL_COMMUNITIES.1"), Vocabulary.word("AccessLoader.ALL_COMMUNITIES.2"), "all");
    /** the word in a sheet's name that says it holds approvals: 审批 */
    private static final String APPROVALS_SHEET = Vocabulary.word("AccessLoader.APPROVALS_SHEET");
    /** the label of the metadata row giving a list's kind: 类型 */
    private static final String META_KIND = Vocabulary.word("AccessLoader.META_KIND");
    /** the label of the metadata row giving a list's kind: 清单类型 */
    private static final String META_LIST_KIND = Vocabulary.word("AccessLoader.META_LIST_KIND");
    /** the label of the metadata row giving a list's title: 标题 */
    private static final String META_TITLE = Vocabulary.word("AccessLoader.META_TITLE");
    /** the label of the metadata row giving a list's document number: 文号 */
    private static final String META_DOCUMENT = Vocabulary.word("AccessLoader.META_DOCUMENT");
    /** the label of the metadata row giving a list's effective date: 生效日期 */
    private static final String META_EFFECTIVE = Vocabulary.word("AccessLoader.META_EFFECTIVE");
    /** the full-width colon after a metadata row's label: 文号： */
    private static final String FULL_WIDTH_COLON = Vocabulary.word("AccessLoader.FULL_WIDTH_COLON");
    private final Kind items;
    private final Kind approvals;
    private final ReadLimits limits;
    private final List<AccessList> lists = new ArrayList<>();
    private final List<Approval> approved = new ArrayList<>();
    private final List<Finding> problems = new ArrayList<>();

    public AccessLoader(Dictionary dictionary, ReadLimits limits) {
        this.items = dictionary.kind("access_items").orElseThrow();
        this.approvals = dictionary.kind("approvals").orElseThrow();
        this.limits = limits;
    }

    public AccessCatalog load(List<SourceFile> files) {
        for (SourceFile f : files) {
            String name = f.path().getFileName().toString().toLowerCase(Locale.ROOT);
            try {
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    yaml(f);
                } else if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                    workbook(f);
                } else {
                    unreadable(Location.ofFile(f.name()), "unsupported file type " + name);
                }
            } catch (IOException e) {
                unreadable(Location.ofFile(f.name()), e.getMessage());
            }
        }
        if (unreadable != null) {
            // a list that cannot be read at all would judge every task "not allowed": no answer rather than a wrong one
            throw new Problem("access.unreadable", unreadable.file(), unreadable.line(), unreadableWhy);
        }
        return new AccessCatalog(lists, approved, problems);
    }

    private void yaml(SourceFile f) throws IOException {
        LocatedYaml doc;
        try (InputStream in = Files.newInputStream(f.path()); JsonParser p = YamlReader.factory(limits).createParser(in)) {
            doc = LocatedYaml.read(p);
            if (p.nextToken() != null) {
                unreadable(new Location(f.name(), null, p.currentLocation().getLineNr(), null), "content after the first document");
                return;
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            StrictUtf8Reader.Undecodable u = StrictUtf8Reader.cause(e);
            if (u != null) {
                throw new Problem(e, "config.encoding", f.name(), u.bytes(), u.offset());
            }
            unreadable(new Location(f.name(), null, line, null), e.getOriginalMessage());
            return;
        } catch (RuntimeException e) {
            StrictUtf8Reader.Undecodable u = StrictUtf8Reader.cause(e);
            if (u != null) {
                throw new Problem(e, "config.encoding", f.name(), u.bytes(), u.offset());
            }
            unreadable(Location.ofFile(f.name()), Workbooks.detail(e));
            return;
        }
        Location file = new Location(f.name(), null, doc.line(), null);
        if (!doc.isMap()) {
            unreadable(file, "a list file is a mapping of lists:, approvals:, exits:");
            return;
        }
        for (Map.Entry<String, LocatedYaml> e : doc.map().entrySet()) {
            switch (e.getKey()) {
                case "lists" -> e.getValue().list().forEach(l -> list(f, l));
                case "approvals" -> e.getValue().list().forEach(a -> approval(f, null, a.map(), a.line()));
                case "exits" -> e.getValue().list().forEach(x -> exit(f, x));
                default -> problem(file.atLine(e.getValue().line()), "DATA-PARSE", Severity.ERROR, "access.unknownKey", e.getKey());
            }
        }
    }

    private void list(SourceFile f, LocatedYaml node) {
        Map<String, LocatedYaml> m = node.map();
        Location at = new Location(f.name(), null, node.line(), null);
        AccessList list = newList(at, text(m, "kind"), text(m, "title"), text(m, "document"),
                text(m, "effective"), line(m, "kind", node.line()), line(m, "effective", node.line()));
        if (list == null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (LocatedYaml item : m.getOrDefault("items", new LocatedYaml(List.of(), node.line())).list()) {
            item(list, ids, cells(item.map()), new Location(f.name(), null, item.line(), null));
        }
    }

    private AccessList newList(Location at, String kindText, String title, String document, String effective,
                               int kindLine, int effectiveLine) {
        ListKind kind = kindText == null ? null : ListKind.of(kindText).orElse(null);
        if (kind == null) {
            problem(at.atLine(kindLine), "DATA-TYPE", Severity.ERROR, "access.listKind", String.valueOf(kindText));
            return null;
        }
        LocalDate from = LocalDate.MIN;
        Object parsed = effective == null ? null : ValueParser.parse(items.field("exit").orElseThrow(), effective);
        if (parsed instanceof LocalDate d) {
            from = d;
        } else if (effective == null) {
            problem(at, "DATA-REQUIRED", Severity.ERROR, "access.noEffective", title == null ? kind.label() : title);
        } else {
            problem(at.atLine(effectiveLine), "DATA-TYPE", Severity.ERROR, "access.badDate", effective);
        }
        AccessList list = new AccessList(kind, title == null ? kind.label() : title, document, from, at);
        lists.add(list);
        return list;
    }

    private void item(AccessList list, Set<String> ids, Map<String, TypedRow.Cell> cells, Location at) {
        TypedRow row = new TypedRow(items, cells, at, problems);
        String id = row.get("id");
        String name = row.get("name");
        if (id == null || name == null) {
            return;
        }
        if (!ids.add(id)) {
            problem(row.location("id"), "DATA-DUPLICATE", Severity.ERROR, "access.duplicateId", id, list.title());
            return;
        }
        List<String> aliases = row.get("aliases");
        list.add(new AccessItem(id, name, aliases == null ? List.of() : aliases, row.get("department"),
                row.get("category"), row.get("basis"), row.get("exit"), list, at));
    }

    private void approval(SourceFile f, String sheet, Map<String, LocatedYaml> m, int line) {
        approval(cells(m), new Location(f.name(), sheet, line, null));
    }

    private void approval(Map<String, TypedRow.Cell> cells, Location at) {
        TypedRow row = new TypedRow(approvals, cells, at, problems);
        if (!row.valid()) {
            return;
        }
        LocalDate from = row.get("approved");
        LocalDate to = row.get("expires");
        if (to.isBefore(from)) {
            problem(row.location("expires"), "DATA-CONSISTENCY", Severity.ERROR, "access.approvalEnds", to, from);
            return;
        }
        List<String> scope = row.get("scope");
        if (scope != null && scope.stream().anyMatch(ALL_COMMUNITIES::contains)) {
            scope = List.of();
        }
        approved.add(new Approval(row.get("item"), row.get("department"), from, to,
                scope == null ? List.of() : scope, row.get("document"), at));
    }

    /** An exit: {list: kind or title, item: id or name, date: …}. */
    private void exit(SourceFile f, LocatedYaml node) {
        Map<String, LocatedYaml> m = node.map();
        Location at = new Location(f.name(), null, node.line(), null);
        String listRef = text(m, "list");
        String itemRef = text(m, "item");
        Object date = text(m, "date") == null ? null : ValueParser.parse(items.field("exit").orElseThrow(), text(m, "date"));
        if (!(date instanceof LocalDate day)) {
            problem(at.atLine(line(m, "date", node.line())), "DATA-TYPE", Severity.ERROR, "access.badDate", String.valueOf(text(m, "date")));
            return;
        }
        for (AccessList l : lists) {
            if (listRef == null || listRef.equals(l.title()) || ListKind.of(listRef).map(k -> k == l.kind()).orElse(false)) {
                for (AccessItem i : l.items()) {
                    if (i.id().equals(itemRef) || i.name().equals(itemRef)) {
                        l.replace(i, new AccessItem(i.id(), i.name(), i.aliases(), i.department(), i.category(), i.basis(),
                                day, l, i.where()));
                        return;
                    }
                }
            }
        }
        problem(at, "DATA-CONSISTENCY", Severity.ERROR, "access.exitUnknown", String.valueOf(itemRef), String.valueOf(listRef));
    }

    /** An item row read before its sheet's list is known (the list's title and type stand above or beside it). */
    private record Pending(Map<String, TypedRow.Cell> cells, Location at) {
    }

    private void workbook(SourceFile f) throws IOException {
        try (Workbook wb = WorkbookFactory.create(f.path().toFile(), null, true)) {
            for (Sheet sheet : wb) {
                String name = sheet.getSheetName();
                if (name.contains(APPROVALS_SHEET)) {
                    rows(f, sheet, approvals, (cells, at) -> approval(cells, at), new LinkedHashMap<>());
                } else {
                    Map<String, String> meta = new LinkedHashMap<>();
                    List<Pending> pending = new ArrayList<>();
                    rows(f, sheet, items, (cells, at) -> pending.add(new Pending(cells, at)), meta);
                    Location at = new Location(f.name(), name, 1, null);
                    AccessList list = newList(at, meta.getOrDefault(META_KIND, meta.get(META_LIST_KIND) == null ? name : meta.get(META_LIST_KIND)),
                            meta.getOrDefault(META_TITLE, name), meta.get(META_DOCUMENT), meta.get(META_EFFECTIVE), 1, 1);
                    if (list != null) {
                        Set<String> ids = new HashSet<>();
                        for (Pending p : pending) {
                            item(list, ids, p.cells(), p.at());
                        }
                    }
                }
            }
        } catch (RuntimeException | NoClassDefFoundError e) {
            // whatever POI throws on a damaged workbook: the lists cannot be used, never a crash
            unreadable(Location.ofFile(f.name()), Workbooks.detail(e));
        }
    }

    /** Reads a sheet: metadata rows (label, value) above the header, then one typed row each. */
    private void rows(SourceFile f, Sheet sheet, Kind kind, BiConsumer<Map<String, TypedRow.Cell>, Location> sink,
                      Map<String, String> meta) {
        List<String> header = null;
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                cells.add(WorkbookCells.text(row.getCell(c)).strip());
            }
            if (header == null) {
                if (Binding.score(kind, HeaderCell.row(cells)) >= 2) {
                    header = cells;
                } else if (cells.size() >= 2 && !cells.get(0).isEmpty()) {
                    meta.put(cells.get(0).replace(FULL_WIDTH_COLON, "").replace(":", ""), cells.get(1));
                }
                continue;
            }
            Map<String, TypedRow.Cell> typed = new LinkedHashMap<>();
            boolean any = false;
            for (int c = 0; c < header.size(); c++) {
                String v = c < cells.size() ? cells.get(c) : "";
                any |= !v.isEmpty();
                if (!header.get(c).isEmpty()) {
                    typed.put(header.get(c), new TypedRow.Cell(v, row.getRowNum() + 1));
                }
            }
            if (any) {
                sink.accept(typed, new Location(f.name(), sheet.getSheetName(), row.getRowNum() + 1, null));
            }
        }
    }

    private static Map<String, TypedRow.Cell> cells(Map<String, LocatedYaml> m) {
        Map<String, TypedRow.Cell> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, new TypedRow.Cell(v.text() == null ? "" : v.text(), v.line())));
        return out;
    }

    private static String text(Map<String, LocatedYaml> m, String key) {
        LocatedYaml v = m.get(key);
        return v == null ? null : v.text();
    }

    private static int line(Map<String, LocatedYaml> m, String key, int fallback) {
        LocatedYaml v = m.get(key);
        return v == null ? fallback : v.line();
    }

    /** The first list file that could not be read at all, and why. */
    private Location unreadable;
    private String unreadableWhy;

    private void unreadable(Location at, String why) {
        if (unreadable == null) {
            unreadable = at;
            String w = String.valueOf(why).strip();
            unreadableWhy = w.contains("\n") ? w.substring(0, w.indexOf('\n')).strip() : w; // one line, as every error is
        }
    }

    private void problem(Location at, String rule, Severity severity, String key, Object... args) {
        problems.add(Finding.of(rule, severity).at(at).message(key, args).build());
    }
}
