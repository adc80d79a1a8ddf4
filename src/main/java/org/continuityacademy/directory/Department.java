package org.continuityacademy.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "department")
class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    private @Nullable Long id;

    private String name;

    @Version
    private long version;

    protected Department() {
        this.name = "";
    }

    Department(String name) {
        this.name = name;
    }

    @Nullable Long getId() {
        return id;
    }

    String getName() {
        return name;
    }
}
