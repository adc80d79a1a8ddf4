package org.continuityacademy.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Departments extends JpaRepository<Department, Long> {

    Optional<Department> findByName(String name);

    List<Department> findAllByOrderByNameAsc();
}
