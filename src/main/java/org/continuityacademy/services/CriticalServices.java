package org.continuityacademy.services;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CriticalServices extends JpaRepository<CriticalService, Long> {

    @Query("select s from CriticalService s where :text is null or lower(s.name) like :text or lower(s.description) like :text")
    List<CriticalService> search(@Param("text") @Nullable String text, Pageable pageable);

    @Query("select count(s) from CriticalService s where :text is null or lower(s.name) like :text or lower(s.description) like :text")
    long countSearch(@Param("text") @Nullable String text);

    boolean existsByNameIgnoreCase(String name);

    @Query("select s.id from CriticalService s where s.ownerEmployeeId = :owner")
    List<Long> findIdsByOwner(@Param("owner") long owner);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
