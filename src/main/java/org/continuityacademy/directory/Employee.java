package org.continuityacademy.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A person from HR's list. Leavers are deactivated, never deleted while records refer to them. */
@Entity
@Table(name = "employee")
class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
    private @Nullable Long id;

    private String employeeNumber;
    private String firstName;
    private String lastName;
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private @Nullable Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private @Nullable Employee manager;

    private @Nullable String location;
    private @Nullable LocalDate hireDate;
    private @Nullable LocalDate leavingDate;
    private boolean active = true;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Employee() {
        this("", "", "", "", Instant.EPOCH);
    }

    Employee(String employeeNumber, String firstName, String lastName, String email, Instant createdAt) {
        this.employeeNumber = employeeNumber;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    @Nullable Long getId() {
        return id;
    }

    String getEmployeeNumber() {
        return employeeNumber;
    }

    String getFirstName() {
        return firstName;
    }

    String getLastName() {
        return lastName;
    }

    String fullName() {
        return firstName + " " + lastName;
    }

    String getEmail() {
        return email;
    }

    @Nullable Department getDepartment() {
        return department;
    }

    @Nullable Employee getManager() {
        return manager;
    }

    @Nullable String getLocation() {
        return location;
    }

    @Nullable LocalDate getHireDate() {
        return hireDate;
    }

    boolean isActive() {
        return active;
    }

    /** Takes over HR's data for this person; says whether anything changed. */
    boolean update(String firstName, String lastName, String email, @Nullable Department department,
                   @Nullable Employee manager, @Nullable String location, @Nullable LocalDate hireDate, boolean active,
                   @Nullable LocalDate leavingDate, Instant now) {
        boolean changed = !firstName.equals(this.firstName) || !lastName.equals(this.lastName) || !email.equals(this.email)
                || department != this.department || manager != this.manager
                || !java.util.Objects.equals(location, this.location) || !java.util.Objects.equals(hireDate, this.hireDate)
                || active != this.active || !java.util.Objects.equals(leavingDate, this.leavingDate);
        if (changed) {
            this.firstName = firstName;
            this.lastName = lastName;
            this.email = email;
            this.department = department;
            this.manager = manager;
            this.location = location;
            this.hireDate = hireDate;
            this.active = active;
            this.leavingDate = leavingDate;
            this.updatedAt = now;
        }
        return changed;
    }

    void deactivate(LocalDate leavingDate, Instant now) {
        this.active = false;
        this.leavingDate = this.leavingDate == null ? leavingDate : this.leavingDate;
        this.updatedAt = now;
    }

    @Nullable LocalDate getLeavingDate() {
        return leavingDate;
    }

    void rename(String firstName, String lastName, String email, Instant now) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.updatedAt = now;
    }

    void placeIn(@Nullable Department department, @Nullable Employee manager, @Nullable String location,
                 @Nullable LocalDate hireDate, Instant now) {
        this.department = department;
        this.manager = manager;
        this.location = location;
        this.hireDate = hireDate;
        this.updatedAt = now;
    }
}
