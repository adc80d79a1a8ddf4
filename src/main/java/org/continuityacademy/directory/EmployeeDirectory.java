package org.continuityacademy.directory;

import org.continuityacademy.base.Search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.ScopedToCaller;
import org.continuityacademy.security.NotPersonal;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the employee directory: search for HR and continuity staff, the reporting line for managers. */
@Service
@Transactional(readOnly = true)
public class EmployeeDirectory {

    private final Employees employees;
    private final Departments departments;
    private final CurrentUser currentUser;

    EmployeeDirectory(Employees employees, Departments departments, CurrentUser currentUser) {
        this.employees = employees;
        this.departments = departments;
        this.currentUser = currentUser;
    }

    @PreAuthorize(Access.DIRECTORY_STAFF)
    public List<EmployeeRow> search(EmployeeFilter filter, Pageable page) {
        return employees.search(Search.wordsPattern(filter.text()), filter.departmentId(), filter.active(),
                blankToNull(filter.location()), page);
    }

    @PreAuthorize(Access.DIRECTORY_STAFF)
    public long count(EmployeeFilter filter) {
        return employees.countSearch(Search.wordsPattern(filter.text()), filter.departmentId(), filter.active(),
                blankToNull(filter.location()));
    }

    @PreAuthorize(Access.DIRECTORY_STAFF)
    public List<String> locations() {
        return employees.locations();
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @PreAuthorize(Access.DIRECTORY_STAFF_OR_MANAGER)
    @NotPersonal("department names: the organisation's structure, no one's personal data")
    public List<DepartmentOption> departments() {
        return departments.findAllByOrderByNameAsc().stream()
                .map(d -> new DepartmentOption(d.getId(), d.getName()))
                .toList();
    }

    /** The signed-in manager's direct and indirect reports (active only), nearest first. */
    @PreAuthorize(Access.MANAGER)
    @ScopedToCaller("the signed-in manager's own reporting line")
    public List<EmployeeRow> myReportingLine(Pageable page) {
        Long managerId = currentUser.require().employeeId();
        if (managerId == null) {
            return List.of();
        }
        List<Long> ids = employees.reportingLineIds(managerId, page.getPageSize(), page.getOffset());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EmployeeRow> rows = employees.findRows(ids).stream()
                .collect(Collectors.toMap(EmployeeRow::id, Function.identity()));
        return ids.stream().map(rows::get).toList();
    }

    @PreAuthorize(Access.MANAGER)
    @ScopedToCaller("the signed-in manager's own reporting line")
    public long countMyReportingLine() {
        Long managerId = currentUser.require().employeeId();
        return managerId == null ? 0 : employees.countReportingLine(managerId);
    }

    /** An employee as seen by directory staff, or by their own manager. */
    @PreAuthorize(Access.DIRECTORY_STAFF_OR_MANAGER)
    @ScopedToCaller("directory staff reach anyone; a manager only their reporting line")
    public Optional<EmployeeRow> employeeForAssignment(long id) {
        var me = currentUser.require();
        if (!me.isDirectoryStaff() && (me.employeeId() == null || employees.countInReportingLine(me.employeeId(), id) == 0)) {
            return Optional.empty();
        }
        return employees.findRow(id);
    }

    /** Which of these people are in the signed-in manager's reporting line, at any depth. */
    @PreAuthorize(Access.MANAGER)
    @ScopedToCaller("only the signed-in manager's own reporting line")
    public java.util.Set<Long> inMyReportingLine(java.util.Collection<Long> ids) {
        Long managerId = currentUser.require().employeeId();
        return managerId == null || ids.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(employees.inReportingLine(managerId, ids));
    }

    /**
     * Names of colleagues by id, for other services inside the transaction of their own method, which has checked its
     * caller: a role card names a person's primary or deputy, lists of holders name them. Names only; nothing else about
     * the people. Not for views (they have no transaction, and it refuses to run without one): the whole staff list by
     * id is more than a signed-in person needs.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return employees.findRows(List.copyOf(ids)).stream().collect(Collectors.toMap(EmployeeRow::id, EmployeeRow::fullName));
    }

    /**
     * Employees by id (leavers included), for staff who look people up and for API clients whose data
     * names people; ids that do not exist are left out.
     */
    @PreAuthorize(Access.PEOPLE_READERS)
    public Map<Long, EmployeeRow> employees(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return employees.findRows(List.copyOf(ids)).stream().collect(Collectors.toMap(EmployeeRow::id, Function.identity()));
    }

    /** One employee, for staff who look people up. */
    @PreAuthorize(Access.DIRECTORY_STAFF)
    public Optional<EmployeeRow> employee(long id) {
        return employees.findRow(id);
    }

    /** The signed-in person's own directory entry, if their account belongs to an employee. */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in person's own entry")
    public Optional<EmployeeRow> myProfile() {
        Long employeeId = currentUser.require().employeeId();
        return employeeId == null ? Optional.empty() : employees.findRow(employeeId);
    }

}
