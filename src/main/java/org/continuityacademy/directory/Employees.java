package org.continuityacademy.directory;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Employees extends JpaRepository<Employee, Long> {

    /** {@code :text} is a {@code Search.wordsPattern}: a full name matches typed "first last" or "last, first". */
    String SEARCH_WHERE = """
            where (:text is null
                   or lower(concat(e.firstName, ' ', e.lastName)) like :text
                   or lower(concat(e.lastName, ' ', e.firstName)) like :text
                   or lower(e.email) like :text or lower(e.employeeNumber) like :text)
              and (:departmentId is null or d.id = :departmentId)
              and (:active is null or e.active = :active)
              and (:location is null or e.location = :location)
            """;

    @Query("""
            select new org.continuityacademy.directory.EmployeeRow(
                e.id, e.employeeNumber, e.firstName, e.lastName, e.email, d.name,
                m.firstName, m.lastName, e.location, e.active)
            from Employee e left join e.department d left join e.manager m
            """ + SEARCH_WHERE)
    List<EmployeeRow> search(@Param("text") @Nullable String text, @Param("departmentId") @Nullable Long departmentId,
                             @Param("active") @Nullable Boolean active, @Param("location") @Nullable String location,
                             Pageable pageable);

    long countByActiveTrue();

    @Query("select count(e) from Employee e left join e.department d " + SEARCH_WHERE)
    long countSearch(@Param("text") @Nullable String text, @Param("departmentId") @Nullable Long departmentId,
                     @Param("active") @Nullable Boolean active, @Param("location") @Nullable String location);

    @Query("select distinct e.location from Employee e where e.location is not null order by e.location")
    List<String> locations();

    @Query("""
            select new org.continuityacademy.directory.EmployeeRow(
                e.id, e.employeeNumber, e.firstName, e.lastName, e.email, d.name,
                m.firstName, m.lastName, e.location, e.active)
            from Employee e left join e.department d left join e.manager m
            where e.id = :id
            """)
    Optional<EmployeeRow> findRow(@Param("id") long id);

    /** Direct and indirect reports of a manager, walking the hierarchy in the database. */
    @Query(value = """
            with recursive line (id, depth) as (
                select id, 1 from employee where manager_id = :managerId
                union all
                select e.id, line.depth + 1 from employee e join line on e.manager_id = line.id
                where line.depth < 20
            )
            select line.id from line join employee e on e.id = line.id
            where e.active = true
            order by line.depth, e.last_name, e.first_name, e.id
            limit :limit offset :offset
            """, nativeQuery = true)
    List<Long> reportingLineIds(@Param("managerId") long managerId, @Param("limit") int limit,
                                @Param("offset") long offset);

    @Query(value = """
            with recursive line (id, depth) as (
                select id, 1 from employee where manager_id = :managerId
                union all
                select e.id, line.depth + 1 from employee e join line on e.manager_id = line.id
                where line.depth < 20
            )
            select count(*) from line join employee e on e.id = line.id where e.active = true
            """, nativeQuery = true)
    long countReportingLine(@Param("managerId") long managerId);

    @Query("""
            select new org.continuityacademy.directory.EmployeeRow(
                e.id, e.employeeNumber, e.firstName, e.lastName, e.email, d.name,
                m.firstName, m.lastName, e.location, e.active)
            from Employee e left join e.department d left join e.manager m
            where e.id in :ids
            """)
    List<EmployeeRow> findRows(@Param("ids") List<Long> ids);

    boolean existsByManagerIdAndActiveTrue(long managerId);

    /** Whether the employee is in the manager's reporting line, at any depth. */
    @Query(value = """
            with recursive line (id, depth) as (
                select id, 1 from employee where manager_id = :managerId
                union all
                select e.id, line.depth + 1 from employee e join line on e.manager_id = line.id
                where line.depth < 20
            )
            select count(*) from line where id = :employeeId
            """, nativeQuery = true)
    long countInReportingLine(@Param("managerId") long managerId, @Param("employeeId") long employeeId);

    /** Which of the employees are in the manager's reporting line, at any depth. */
    @Query(value = """
            with recursive line (id, depth) as (
                select id, 1 from employee where manager_id = :managerId
                union all
                select e.id, line.depth + 1 from employee e join line on e.manager_id = line.id
                where line.depth < 20
            )
            select distinct id from line where id in (:ids)
            """, nativeQuery = true)
    List<Long> inReportingLine(@Param("managerId") long managerId, @Param("ids") java.util.Collection<Long> ids);

    /** People by e-mail address, whatever its case (single sign-on links the verified address). */
    @Query("select e from Employee e where lower(e.email) = lower(:email)")
    List<Employee> findByEmailIgnoringCase(@Param("email") String email);

    Optional<Employee> findByEmployeeNumber(String employeeNumber);

    @Query("select count(e) > 0 from Employee e where e.manager.id = :managerId and e.active = true")
    boolean hasActiveReports(@Param("managerId") long managerId);

    /** Active people with at least one active direct report: who holds the Manager app role. */
    @Query("select distinct m.id from Employee e join e.manager m where e.active = true and m.active = true")
    java.util.Set<Long> activeManagerIds();
}
