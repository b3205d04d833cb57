package viva.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A specialty of the catalogue (seed data); its code is stable across rounds. */
@Entity
@Table(name = "SPECIALTY")
public class Specialty {

    @Id
    @Column(name = "CODE", length = 16)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "SERIES", nullable = false, length = 16)
    private Series series;

    @Column(name = "NAME", nullable = false, length = 64)
    private String name;

    @Column(name = "POSITION", nullable = false)
    private int position;

    protected Specialty() {
    }

    public Specialty(String code, Series series, String name, int position) {
        this.code = code;
        this.series = series;
        this.name = name;
        this.position = position;
    }

    public String code() {
        return code;
    }

    public Series series() {
        return series;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    void update(Series series, String name, int position) {
        this.series = series;
        this.name = name;
        this.position = position;
    }
}
