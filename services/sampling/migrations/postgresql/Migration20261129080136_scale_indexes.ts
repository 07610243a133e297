import { Migration } from '@mikro-orm/migrations';

export class Migration20261129080136_scale_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "sample_category_index";`);
    this.addSql(`drop index "sample_status_index";`);
    this.addSql(`drop index "sample_verdict_index";`);

    this.addSql(`create index "sample_category_sampled_on_index" on "sample" ("category", "sampled_on");`);
    this.addSql(`create index "sample_verdict_sampled_on_index" on "sample" ("verdict", "sampled_on");`);
    this.addSql(`create index "sample_status_sampled_on_index" on "sample" ("status", "sampled_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "sample_category_sampled_on_index";`);
    this.addSql(`drop index "sample_verdict_sampled_on_index";`);
    this.addSql(`drop index "sample_status_sampled_on_index";`);

    this.addSql(`create index "sample_category_index" on "sample" ("category");`);
    this.addSql(`create index "sample_status_index" on "sample" ("status");`);
    this.addSql(`create index "sample_verdict_index" on "sample" ("verdict");`);
  }

}
