package org.continuityacademy.continuity;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoleVacancies extends JpaRepository<RoleVacancy, Long> {

    @Query("select v from RoleVacancy v where v.filledAt is null order by v.vacatedAt desc")
    List<RoleVacancy> open();

    @Query("select v from RoleVacancy v where v.filledAt is null and v.serviceId in :services order by v.vacatedAt desc")
    List<RoleVacancy> openFor(@Param("services") Collection<Long> services);

    @Query("""
            select v from RoleVacancy v where v.filledAt is null and v.serviceId = :service and v.roleKey = :role
              and v.position = :position
            """)
    List<RoleVacancy> openSlot(@Param("service") long service, @Param("role") String role, @Param("position") Position position);
}
