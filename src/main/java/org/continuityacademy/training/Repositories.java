package org.continuityacademy.training;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrainingAssignments extends JpaRepository<TrainingAssignment, Long> {

    @Query("select a from TrainingAssignment a where a.employeeId = :employeeId and a.status = 'OPEN'")
    List<TrainingAssignment> openFor(@Param("employeeId") long employeeId);

    @Query("select a from TrainingAssignment a where a.employeeId = :employeeId and a.moduleId = :moduleId and a.status = 'OPEN'")
    Optional<TrainingAssignment> openFor(@Param("employeeId") long employeeId, @Param("moduleId") String moduleId);

    @Query("""
            select a from TrainingAssignment a where a.employeeId = :employeeId
            order by case when a.status = 'OPEN' then 0 else 1 end, a.dueOn, a.assignedAt desc
            """)
    List<TrainingAssignment> allFor(@Param("employeeId") long employeeId);

    List<TrainingAssignment> findByEmployeeId(long employeeId, Pageable page);

    long countByEmployeeId(long employeeId);
}

interface Completions extends JpaRepository<Completion, Long> {

    @Query("select c from Completion c where c.employeeId = :employeeId order by c.completedAt desc")
    List<Completion> allFor(@Param("employeeId") long employeeId);

    @Query("""
            select c.moduleId from Completion c
            where c.employeeId = :employeeId and c.moduleId in :moduleIds and c.expiresAt > :at
            """)
    List<String> currentModules(@Param("employeeId") long employeeId, @Param("moduleIds") Collection<String> moduleIds,
                                @Param("at") Instant at);

    Optional<Completion> findByVerificationCode(String verificationCode);

    List<Completion> findByEmployeeId(long employeeId, Pageable page);

    long countByEmployeeId(long employeeId);
}

interface QuizAttempts extends JpaRepository<QuizAttempt, Long> {

    @Query("select a from QuizAttempt a where a.assignmentId = :assignmentId and a.status = 'OPEN'")
    Optional<QuizAttempt> openFor(@Param("assignmentId") long assignmentId);

    @Query("select a from QuizAttempt a where a.assignmentId = :assignmentId and a.submittedAt is not null order by a.submittedAt desc")
    List<QuizAttempt> submittedFor(@Param("assignmentId") long assignmentId);

    @Query("select a from QuizAttempt a where a.employeeId = :employeeId and a.moduleId = :moduleId and a.status = 'OPEN'")
    List<QuizAttempt> openFor(@Param("employeeId") long employeeId, @Param("moduleId") String moduleId);
}
