package org.continuityacademy.evidence;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidencePackRepository extends JpaRepository<EvidencePack, Long> {

    List<EvidencePack> findAllByOrderByRequestedAtDescIdDesc(Pageable page);
}
