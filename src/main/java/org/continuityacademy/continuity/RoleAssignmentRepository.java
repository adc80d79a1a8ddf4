package org.continuityacademy.continuity;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

    @Query("select a from RoleAssignment a where a.endedAt is null and a.serviceId = :serviceId and a.roleKey = :roleKey")
    List<RoleAssignment> currentForServiceRole(@Param("serviceId") long serviceId, @Param("roleKey") String roleKey);

    @Query("""
            select a from RoleAssignment a where a.endedAt is null and a.employeeId = :employeeId and a.roleKey = :roleKey
              and ((:serviceId is null and a.serviceId is null) or a.serviceId = :serviceId)
            """)
    List<RoleAssignment> currentFor(@Param("employeeId") long employeeId, @Param("roleKey") String roleKey,
                                    @Param("serviceId") @Nullable Long serviceId);

    @Query("select a from RoleAssignment a where a.employeeId = :employeeId order by case when a.endedAt is null then 0 else 1 end, a.assignedAt desc")
    List<RoleAssignment> historyOf(@Param("employeeId") long employeeId);

    @Query("select a from RoleAssignment a where a.endedAt is null and a.serviceId = :serviceId order by a.roleKey, a.position")
    List<RoleAssignment> currentForService(@Param("serviceId") long serviceId);
}
