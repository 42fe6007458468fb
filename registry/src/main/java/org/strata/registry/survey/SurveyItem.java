package org.strata.registry.survey;

import static org.strata.registry.survey.Department.ARCHIVES;
import static org.strata.registry.survey.Department.CIVIL_AIR_DEFENCE;
import static org.strata.registry.survey.Department.FIRE;
import static org.strata.registry.survey.Department.GREENING;
import static org.strata.registry.survey.Department.HOUSING;
import static org.strata.registry.survey.Department.NATURAL_RESOURCES;
import static org.strata.registry.survey.Department.PLANNING;
import static org.strata.registry.survey.Department.REGISTRATION;
import static org.strata.registry.survey.Department.TRAFFIC;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** A survey item merged into one commission, with its stage and the departments that consume its results. */
public enum SurveyItem {
    /** 勘测定界. */
    BOUNDARY_DEMARCATION("boundary-demarcation", Stage.LAND_SUPPLY, Set.of(NATURAL_RESOURCES, REGISTRATION)),
    /** 宗地测绘. */
    PARCEL_SURVEY("parcel-survey", Stage.LAND_SUPPLY, Set.of(NATURAL_RESOURCES, REGISTRATION, ARCHIVES)),
    /** 房产预测绘. */
    PROPERTY_PRE_SURVEY("property-pre-survey", Stage.CONSTRUCTION, Set.of(HOUSING, REGISTRATION)),
    /** 人防面积预测绘. */
    CIVIL_AIR_DEFENCE_PRE_SURVEY("civil-air-defence-pre-survey", Stage.CONSTRUCTION, Set.of(CIVIL_AIR_DEFENCE)),
    /** 定位测量. */
    SETTING_OUT("setting-out", Stage.CONSTRUCTION, Set.of(PLANNING)),
    /** 正负零检测. */
    ZERO_LEVEL_CHECK("zero-level-check", Stage.CONSTRUCTION, Set.of(PLANNING)),
    /** 竣工规划测量. */
    PLANNING_VERIFICATION("planning-verification", Stage.COMPLETION, Set.of(PLANNING, ARCHIVES)),
    /** 用地复核. */
    LAND_RECHECK("land-recheck", Stage.COMPLETION, Set.of(NATURAL_RESOURCES)),
    /** 房产测量. */
    PROPERTY_SURVEY("property-survey", Stage.COMPLETION, Set.of(REGISTRATION, HOUSING, ARCHIVES)),
    /** 停车场(库). */
    PARKING("parking", Stage.COMPLETION, Set.of(TRAFFIC, PLANNING)),
    /** 绿地. */
    GREEN_SPACE("green-space", Stage.COMPLETION, Set.of(GREENING)),
    /** 人防. */
    CIVIL_AIR_DEFENCE_SURVEY("civil-air-defence", Stage.COMPLETION, Set.of(CIVIL_AIR_DEFENCE)),
    /** 消防. */
    FIRE_PROTECTION("fire-protection", Stage.COMPLETION, Set.of(FIRE)),
    /** 地下管线. */
    UNDERGROUND_PIPELINES("underground-pipelines", Stage.COMPLETION, Set.of(PLANNING, ARCHIVES));

    private final String wireName;
    private final Stage stage;
    private final Set<Department> consumers;

    SurveyItem(String wireName, Stage stage, Set<Department> consumers) {
        this.wireName = wireName;
        this.stage = stage;
        this.consumers = consumers;
    }

    /** The name used in the API and manifests. */
    public String wireName() {
        return wireName;
    }

    /** The stage the item belongs to. */
    public Stage stage() {
        return stage;
    }

    /** The departments that read its results. */
    public Set<Department> consumers() {
        return consumers;
    }

    /** The items of one stage. */
    public static List<SurveyItem> of(Stage stage) {
        return Arrays.stream(values()).filter(i -> i.stage == stage).toList();
    }

    /** The item with this wire name. */
    public static SurveyItem ofWireName(String name) {
        for (SurveyItem i : values()) {
            if (i.wireName.equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("survey item '" + name + "' is not known");
    }
}
