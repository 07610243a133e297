import { Migration } from '@mikro-orm/migrations';

export class Migration20261205195457_sampling_focus extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "sampling_plan" add column "focus_varieties" varchar(300) not null default '', add column "focus_periods" varchar(200) not null default '', add column "focus_areas" varchar(200) not null default '';`);

    this.addSql(`alter table "sample" add column "focus_variety" text check ("focus_variety" in ('INFANT_FORMULA_FOCUS', 'PRODUCE', 'LIVESTOCK_AQUATIC', 'CURED_MEAT', 'OIL', 'MILK', 'LIQUOR', 'DRINKING_WATER', 'FESTIVE_FOOD', 'MEALS')) null, add column "focus_period" text check ("focus_period" in ('SPRING_FESTIVAL', 'DRAGON_BOAT', 'MID_AUTUMN', 'SCHOOL_OPENING', 'SUMMER_HEAT')) null, add column "focus_area" text check ("focus_area" in ('CAMPUS', 'RURAL_BANQUET', 'SCENIC_SPOT', 'MARKET', 'URBAN_FRINGE')) null;`);
    this.addSql(`create index "sample_focus_area_sampled_on_index" on "sample" ("focus_area", "sampled_on");`);
    this.addSql(`create index "sample_focus_period_sampled_on_index" on "sample" ("focus_period", "sampled_on");`);
    this.addSql(`create index "sample_focus_variety_sampled_on_index" on "sample" ("focus_variety", "sampled_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "sample_focus_area_sampled_on_index";`);
    this.addSql(`drop index "sample_focus_period_sampled_on_index";`);
    this.addSql(`drop index "sample_focus_variety_sampled_on_index";`);
    this.addSql(`alter table "sample" drop column "focus_variety", drop column "focus_period", drop column "focus_area";`);

    this.addSql(`alter table "sampling_plan" drop column "focus_varieties", drop column "focus_periods", drop column "focus_areas";`);
  }

}
