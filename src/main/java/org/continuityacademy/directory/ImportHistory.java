package org.continuityacademy.directory;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportHistory extends JpaRepository<EmployeeImport, Long> {

    List<EmployeeImport> findAllByOrderByUploadedAtDesc(Pageable pageable);
}
