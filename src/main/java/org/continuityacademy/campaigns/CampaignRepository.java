package org.continuityacademy.campaigns;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    List<Campaign> findAllByOrderByName();

    Optional<Campaign> findByNameIgnoreCase(String name);

    List<Campaign> findAllByState(CampaignState state);
}
